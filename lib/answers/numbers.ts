import type { ErrorCode } from "./options";

export type NumberRead = { ok: true; value: number } | { ok: false; code: ErrorCode };

/** Longer input is not a number anyone typed; refusing it early keeps parsing cheap. */
const MAX_INPUT_LENGTH = 64;

const PLAIN = /^\d+$/;
const GROUPED = /^\d{1,3}(,\d{3})+$/;
const DECIMAL = /^(\d+|\d{1,3}(?:,\d{3})+)\.(\d+)$/;
const NEGATIVE = /^[-−]\s*\d/;

/**
 * Reads a whole number the way people type it: " 15 ", "1,000", "1，000", "１５" (full-width),
 * "15.00", and with a unit suffix ("1000元", "30天"). Amounts may also use 万 ("2万", "1.5万").
 * Refuses negatives, fractions, exponents, hex, NaN and Infinity.
 */
export function readWholeNumber(raw: string, options: { suffixes: readonly string[]; allowWan?: boolean }): NumberRead {
  if (raw.length > MAX_INPUT_LENGTH) return { ok: false, code: "invalid_number" };
  // NFKC turns full-width digits, commas, dots and spaces into ASCII; ￥ into ¥.
  let s = raw.normalize("NFKC").trim();
  if (s === "") return { ok: false, code: "required" };
  if (s.startsWith("¥")) s = s.slice(1).trim();
  for (const suffix of options.suffixes) {
    if (s.endsWith(suffix)) {
      s = s.slice(0, -suffix.length).trim();
      break;
    }
  }
  let scale = 1;
  // 万 and its Traditional form 萬 (NFKC does not fold one into the other).
  if (options.allowWan === true && (s.endsWith("万") || s.endsWith("萬"))) {
    s = s.slice(0, -1).trim();
    scale = 10_000;
  }
  if (s === "") return { ok: false, code: "invalid_number" };
  if (NEGATIVE.test(s)) return { ok: false, code: "too_small" };

  if (PLAIN.test(s) || GROUPED.test(s)) return whole(Number(s.replaceAll(",", "")) * scale);

  const decimal = DECIMAL.exec(s);
  if (decimal) {
    const [, intPart = "", fraction = ""] = decimal;
    // Fraction digits count in units of the scale: 1.5万 = 15000; anything finer than a unit is a fraction.
    const units = BigInt(intPart.replaceAll(",", "")) * BigInt(scale) * 10n ** BigInt(fraction.length) + BigInt(fraction) * BigInt(scale);
    const divisor = 10n ** BigInt(fraction.length);
    if (units % divisor !== 0n) return { ok: false, code: "not_integer" };
    return whole(Number(units / divisor));
  }
  return { ok: false, code: "invalid_number" };
}

function whole(n: number): NumberRead {
  // Past the safe-integer range the value is certainly above every limit.
  return Number.isSafeInteger(n) ? { ok: true, value: n } : { ok: false, code: "too_large" };
}
