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

export const LETTER_FIELDS = ["lender", "amount", "monthly", "reason", "details", "card", "script"] as const;
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

/** The letter's message keys (messages "letter" namespace), filled through the translator (ICU). */
export type LetterKey =
  | "title"
  | "salutation"
  | "intro"
  | `reasons.${LetterReason}`
  | "details"
  | "willing"
  | "statement"
  | "proposal"
  | "cardInstalment"
  | "waiver"
  | "writing"
  | "contact"
  | "closing"
  | "salute"
  | "attachments"
  | "signature"
  | "date";

/** A translator for the letter namespace in one script: next-intl's on the server, use-intl's in the browser. */
export type LetterTranslate = (key: LetterKey, values?: Record<string, string>) => string;

/** What the letter needs in one script: its words, and the rule a credit-card holder cites (title and article). */
export interface LetterKit {
  readonly t: LetterTranslate;
  /** 《商业银行信用卡业务监督管理办法》 and 第七十条, from the sources data (credit-card-measures-2011-70). */
  readonly cardRule: { readonly law: string; readonly article: string };
}

/** Two full-width spaces: the indent of a paragraph in a Chinese letter. */
export const PARAGRAPH_INDENT = "\u3000\u3000";

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
    card: read("card"),
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

/** The card line is asked for with a checkbox: any non-empty value but "0" means yes. */
function wantsCardLine(value: string | undefined): boolean {
  const v = (value ?? "").trim();
  return v !== "" && v !== "0";
}

/**
 * Validates the input and writes the letter in the script the input asks for (Simplified by default),
 * with that script's words; errors are codes for the page to word. The letter is laid out as a Chinese
 * letter: title, 尊敬的…： salutation, paragraphs indented by two full-width spaces, 此致 indented on its own
 * line and 敬礼！ flush left under it, the attachments, then the signature block (name, date).
 */
export function composeLetter(input: Partial<LetterInput>, kits: Readonly<Record<LetterScript, LetterKit>>): LetterResult {
  const script = letterScript(input.script);
  const { t, cardRule } = kits[script];
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
  const body = [
    `${t("intro")}${t(`reasons.${reason}`)}`,
    // The borrower's own words: each line its own paragraph, after the sentence that introduces them.
    ...(details ? t("details", { details }).split("\n") : []),
    t("willing"),
    t("statement"),
    t("proposal", { monthly: formatYuan(monthly, script) }),
    ...(wantsCardLine(input.card) ? [t("cardInstalment", cardRule)] : []),
    t("waiver"),
    t("writing"),
    t("contact"),
  ];
  const lines = [
    t("title"),
    "",
    t("salutation", { lender }),
    ...body.map((paragraph) => PARAGRAPH_INDENT + paragraph),
    PARAGRAPH_INDENT + t("closing"),
    t("salute"),
    "",
    t("attachments"),
    "",
    t("signature"),
    t("date"),
  ];
  return {
    ok: true,
    text: lines.join("\n"),
    script,
    months,
    warnings: months !== null && months > FIVE_YEARS_IN_MONTHS ? ["over_five_years"] : [],
  };
}
