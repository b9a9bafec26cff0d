import { fillTemplate } from "./template";

/**
 * The negotiation letter (协商还款申请). One pure function serves both paths: the browser composes the
 * letter itself when JavaScript runs (nothing is sent), and the no-JS form posts to a server action
 * that calls the same function and keeps nothing. Inputs are the form's raw strings.
 */
export const LETTER_REASONS = ["lostJob", "incomeDrop", "illness", "family", "business", "other"] as const;
export type LetterReason = (typeof LETTER_REASONS)[number];

export const LETTER_FIELDS = ["lender", "amount", "monthly", "reason", "details"] as const;
export type LetterField = (typeof LETTER_FIELDS)[number];
export type LetterInput = Record<LetterField, string>;

export const LETTER_LIMITS = { lenderMax: 60, detailsMax: 500, amountMax: 10_000_000 } as const;
/** Credit-card hardship instalments run up to 5 years; a longer plan is worth a warning. */
const FIVE_YEARS_IN_MONTHS = 60;

/** Every problem the letter form can report; the page needs words for each. */
export const LETTER_ERROR_CODES = [
  "lender_required",
  "lender_too_long",
  "amount_required",
  "amount_invalid",
  "amount_out_of_range",
  "monthly_required",
  "monthly_invalid",
  "monthly_out_of_range",
  "reason_required",
  "details_too_long",
] as const;
export type LetterErrorCode = (typeof LETTER_ERROR_CODES)[number];
export type LetterErrors = Partial<Record<LetterField, LetterErrorCode>>;
export type LetterWarning = "over_five_years";

export interface LetterWords {
  readonly title: string;
  /** "致{lender}：" */
  readonly to: string;
  /** contains {amount} */
  readonly intro: string;
  readonly reasons: Readonly<Record<LetterReason, string>>;
  /** contains {details} */
  readonly details: string;
  readonly willing: string;
  /** contains {monthly} and {months} */
  readonly proposal: string;
  readonly waiver: string;
  readonly writing: string;
  readonly contact: string;
  readonly closing: string;
  readonly signature: string;
  readonly attachments: string;
}

export type LetterScript = "zh-Hans" | "zh-Hant";

export type LetterResult =
  | { readonly ok: true; readonly text: string; readonly months: number; readonly warnings: readonly LetterWarning[] }
  | { readonly ok: false; readonly errors: LetterErrors };

/** Reads the form fields; anything missing or not text becomes "". */
export function letterInputFrom(get: (name: string) => unknown): LetterInput {
  const read = (name: LetterField) => {
    const value = get(name);
    return typeof value === "string" ? value : "";
  };
  return { lender: read("lender"), amount: read("amount"), monthly: read("monthly"), reason: read("reason"), details: read("details") };
}

/**
 * A yuan amount typed on a phone: full-width digits, thousands separators, spaces, "元" or "¥" are fine;
 * at most two decimals. Returns the amount in fen (cents), or null when it is not a number.
 */
export function parseYuan(raw: string): number | null {
  const cleaned = raw.normalize("NFKC").replace(/[\s,_元¥]/g, "");
  if (!/^\d{1,9}(\.\d{1,2})?$/.test(cleaned)) return null;
  const [whole = "0", fraction = ""] = cleaned.split(".");
  return Number(whole) * 100 + Number(fraction.padEnd(2, "0"));
}

/** Grouped digits, decimals only when there are some: 12000 → "12,000", 1234.5 → "1,234.50". */
export function formatYuan(fen: number, script: LetterScript): string {
  const hasFraction = fen % 100 !== 0;
  return new Intl.NumberFormat(script === "zh-Hant" ? "zh-Hant-TW" : "zh-Hans-CN", {
    minimumFractionDigits: hasFraction ? 2 : 0,
    maximumFractionDigits: 2,
  }).format(fen / 100);
}

// Control characters (other than line breaks in the details) never belong in a letter.
function cleanLine(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]+/g, " ").replace(/\s+/g, " ").trim();
}

function cleanParagraph(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u0000-\u0009\u000b-\u001f\u007f]+/g, " ")
    .split("\n")
    .map((line) => line.replace(/\s+/g, " ").trim())
    .filter(Boolean)
    .join("\n");
}

const length = (text: string) => [...text].length;

function isReason(value: string): value is LetterReason {
  return (LETTER_REASONS as readonly string[]).includes(value);
}

/** Validates the input and writes the letter in the given words; errors are codes for the page to word. */
export function composeLetter(input: Partial<LetterInput>, words: LetterWords, script: LetterScript): LetterResult {
  const errors: LetterErrors = {};
  const lender = cleanLine(input.lender ?? "");
  const details = cleanParagraph(input.details ?? "");
  const reason = (input.reason ?? "").trim();
  const amountRaw = (input.amount ?? "").trim();
  const monthlyRaw = (input.monthly ?? "").trim();

  if (!lender) errors.lender = "lender_required";
  else if (length(lender) > LETTER_LIMITS.lenderMax) errors.lender = "lender_too_long";

  const amount = amountRaw ? parseYuan(amountRaw) : null;
  if (!amountRaw) errors.amount = "amount_required";
  else if (amount === null) errors.amount = "amount_invalid";
  else if (amount < 100 || amount > LETTER_LIMITS.amountMax * 100) errors.amount = "amount_out_of_range";

  const monthly = monthlyRaw ? parseYuan(monthlyRaw) : null;
  if (!monthlyRaw) errors.monthly = "monthly_required";
  else if (monthly === null) errors.monthly = "monthly_invalid";
  else if (monthly <= 0 || (amount !== null && !errors.amount && monthly > amount)) errors.monthly = "monthly_out_of_range";

  if (!isReason(reason)) errors.reason = "reason_required";
  if (length(details) > LETTER_LIMITS.detailsMax) errors.details = "details_too_long";

  if (Object.keys(errors).length > 0 || amount === null || monthly === null || !isReason(reason)) {
    return { ok: false, errors };
  }

  const months = Math.ceil(amount / monthly);
  const paragraphs = [
    words.title,
    "",
    fillTemplate(words.to, { lender }),
    "",
    fillTemplate(words.intro, { amount: formatYuan(amount, script) }),
    words.reasons[reason],
    ...(details ? [fillTemplate(words.details, { details })] : []),
    words.willing,
    "",
    fillTemplate(words.proposal, { monthly: formatYuan(monthly, script), months }),
    words.waiver,
    words.writing,
    words.contact,
    "",
    words.closing,
    "",
    words.signature,
    "",
    words.attachments,
  ];
  return {
    ok: true,
    text: paragraphs.join("\n"),
    months,
    warnings: months > FIVE_YEARS_IN_MONTHS ? ["over_five_years"] : [],
  };
}
