// Test helper: fast-check generators shared by the answers, rules and API tests.
import fc from "fast-check";
import {
  AMOUNT_MAX,
  AMOUNT_MIN,
  type Answers,
  CONTACT_VALUES,
  DAYS_MAX,
  DAYS_MIN,
  HISTORY_VALUES,
  LENDER_IDS,
  REGION_VALUES,
} from "../answers";

export const daysArb = fc.integer({ min: DAYS_MIN, max: DAYS_MAX });
export const amountArb = fc.integer({ min: AMOUNT_MIN, max: AMOUNT_MAX });

/** Any valid answers; optional keys are absent (not undefined) when not generated. */
export const answersArb: fc.Arbitrary<Answers> = fc.record(
  {
    lender: fc.constantFrom(...LENDER_IDS),
    days: daysArb,
    amount: amountArb,
    contact: fc.constantFrom(...CONTACT_VALUES),
    region: fc.constantFrom(...REGION_VALUES),
    history: fc.constantFrom(...HISTORY_VALUES),
    partial: fc.constant(true as const),
  },
  { requiredKeys: ["lender", "days", "amount", "contact"], noNullPrototype: true },
);

/** Strings people and robots put in URLs: junk, unicode, injections, numbers in odd formats. */
export const nastyStringArb: fc.Arbitrary<string> = fc.oneof(
  fc.string(),
  fc.string({ unit: "binary", maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 40 }),
  fc.constantFrom(
    "",
    " ",
    "-0",
    "1e3",
    "0x10",
    "NaN",
    "Infinity",
    "-Infinity",
    "9".repeat(400),
    "1".repeat(70_000),
    "１".repeat(100),
    "1.5",
    "1,000,00",
    "<script>alert(1)</script>",
    "' OR 1=1 --",
    "${7*7}",
    "{{7*7}}",
    "../../etc/passwd",
    "%00",
    "\u0000",
    "\uD800",
    "__proto__",
    "constructor",
    "toString",
    "hasOwnProperty",
    "HAIER",
    " repaying ",
    "2万",
    "1.5万元",
    "万",
    "¥",
    "1000元",
  ),
);
