import { fillTemplate } from "./template";

/**
 * The negotiation letter (协商还款申请). One pure function serves both paths: the browser composes the
 * letter itself when JavaScript runs (nothing is sent; client/letter.ts), and the no-JS form posts to the
 * page's own route handler, which calls the same function and keeps nothing. Inputs are the form's raw strings.
 *
 * The letter never states the amount owed: a written acknowledgement can restart the limitation period,
 * or give up the time-bar defence on an old debt (民法典 第192、195条). It says the amount is to be agreed
 * after checking and asks the lender for an itemised statement. The amount the borrower types is optional
 * and only estimates how many months the plan would take, shown on the page, not in the letter.
 * Letters go to mainland institutions: Simplified Chinese unless the borrower asks for Traditional.
 */
export const LETTER_REASONS = ["lostJob", "incomeDrop", "illness", "family", "business", "other"] as const;
export type LetterReason = (typeof LETTER_REASONS)[number];

export const LETTER_FIELDS = ["lender", "amount", "monthly", "reason", "details", "script"] as const;
export type LetterField = (typeof LETTER_FIELDS)[number];
export type LetterInput = Record<LetterField, string>;

export const LETTER_LIMITS = { lenderMax: 60, detailsMax: 500, amountMax: 10_000_000 } as const;
/** Credit-card hardship instalments run up to 5 years; a longer plan is worth a warning. */
const FIVE_YEARS_IN_MONTHS = 60;

/** Every problem the letter form can report; the page needs words for each. */
export const LETTER_ERROR_CODES = [
  "lender_required",
  "lender_too_long",
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
  /** No amount: the letter does not admit a figure. */
  readonly intro: string;
  readonly reasons: Readonly<Record<LetterReason, string>>;
  /** contains {details} */
  readonly details: string;
  readonly willing: string;
  /** contains {monthly}; no total and no number of instalments (they depend on the checked amount) */
  readonly proposal: string;
  /** Asks for an itemised statement and says the amount is to be agreed after checking (金额以双方核对为准). */
  readonly statement: string;
  readonly waiver: string;
  readonly writing: string;
  readonly contact: string;
  readonly closing: string;
  readonly signature: string;
  readonly attachments: string;
}

export const LETTER_SCRIPTS = ["zh-Hans", "zh-Hant"] as const;
export type LetterScript = (typeof LETTER_SCRIPTS)[number];
/** Mainland institutions read Simplified Chinese: the default whatever the page's script. */
export const DEFAULT_LETTER_SCRIPT: LetterScript = "zh-Hans";

export type LetterResult =
  | {
      readonly ok: true;
      readonly text: string;
      readonly script: LetterScript;
      /** Months the plan would take for the amount the borrower estimated; null when none was given. */
      readonly months: number | null;
      readonly warnings: readonly LetterWarning[];
    }
  | { readonly ok: false; readonly errors: LetterErrors };

/** Reads the form fields; anything missing or not text becomes "". */
export function letterInputFrom(get: (name: string) => unknown): LetterInput {
  const read = (name: LetterField) => {
    const value = get(name);
    return typeof value === "string" ? value : "";
  };
  return {
    lender: read("lender"),
    amount: read("amount"),
    monthly: read("monthly"),
    reason: read("reason"),
    details: read("details"),
    script: read("script"),
  };
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

/** The script asked for; anything else (or nothing) is the default, Simplified. */
export function letterScript(value: string | undefined): LetterScript {
  return (LETTER_SCRIPTS as readonly string[]).includes(value ?? "") ? (value as LetterScript) : DEFAULT_LETTER_SCRIPT;
}

/**
 * Validates the input and writes the letter in the script the input asks for (Simplified by default),
 * with that script's words; errors are codes for the page to word.
 */
export function composeLetter(input: Partial<LetterInput>, words: Readonly<Record<LetterScript, LetterWords>>): LetterResult {
  const script = letterScript(input.script);
  const w = words[script];
  const errors: LetterErrors = {};
  const lender = cleanLine(input.lender ?? "");
  const details = cleanParagraph(input.details ?? "");
  const reason = (input.reason ?? "").trim();
  const amountRaw = (input.amount ?? "").trim();
  const monthlyRaw = (input.monthly ?? "").trim();

  if (!lender) errors.lender = "lender_required";
  else if (length(lender) > LETTER_LIMITS.lenderMax) errors.lender = "lender_too_long";

  // Optional: only for the estimate of months on the page.
  const amount = amountRaw ? parseYuan(amountRaw) : null;
  if (!amountRaw) {
    // nothing to check
  } else if (amount === null) errors.amount = "amount_invalid";
  else if (amount < 100 || amount > LETTER_LIMITS.amountMax * 100) errors.amount = "amount_out_of_range";

  const monthly = monthlyRaw ? parseYuan(monthlyRaw) : null;
  if (!monthlyRaw) errors.monthly = "monthly_required";
  else if (monthly === null) errors.monthly = "monthly_invalid";
  else if (monthly <= 0 || (amount !== null && !errors.amount && monthly > amount)) errors.monthly = "monthly_out_of_range";

  if (!isReason(reason)) errors.reason = "reason_required";
  if (length(details) > LETTER_LIMITS.detailsMax) errors.details = "details_too_long";

  if (Object.keys(errors).length > 0 || monthly === null || !isReason(reason)) {
    return { ok: false, errors };
  }

  const months = amount === null ? null : Math.ceil(amount / monthly);
  const paragraphs = [
    w.title,
    "",
    fillTemplate(w.to, { lender }),
    "",
    w.intro,
    w.reasons[reason],
    ...(details ? [fillTemplate(w.details, { details })] : []),
    w.willing,
    "",
    w.statement,
    fillTemplate(w.proposal, { monthly: formatYuan(monthly, script) }),
    w.waiver,
    w.writing,
    w.contact,
    "",
    w.closing,
    "",
    w.signature,
    "",
    w.attachments,
  ];
  return {
    ok: true,
    text: paragraphs.join("\n"),
    script,
    months,
    warnings: months !== null && months > FIVE_YEARS_IN_MONTHS ? ["over_five_years"] : [],
  };
}
