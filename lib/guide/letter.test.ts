import { describe, expect, it } from "vitest";
import { messagesFor } from "@/lib/i18n/messages";
import { composeLetter, formatYuan, LETTER_ERROR_CODES, LETTER_REASONS, letterInputFrom, parseYuan, type LetterWords } from "./letter";

const SCRIPTS = ["zh-Hans", "zh-Hant"] as const;
const words = (script: (typeof SCRIPTS)[number]): LetterWords => messagesFor(script).letter;

const INPUT = {
  lender: "某某消费金融有限公司",
  amount: "12000",
  monthly: "500",
  reason: "illness",
  details: "2026年8月住院两周，\n之后收入减半。",
};

describe("composeLetter", () => {
  it.each(SCRIPTS)("contains every input, formatted, in %s", (script) => {
    const result = composeLetter(INPUT, words(script), script);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).toContain(INPUT.lender);
    expect(result.text).toContain("12,000");
    expect(result.text).toContain("500");
    expect(result.text).toContain(words(script).reasons.illness);
    expect(result.text).toContain("2026年8月住院两周，\n之后收入减半。");
    expect(result.text).toContain("24"); // 12,000 / 500 = 24 instalments
    expect(result.months).toBe(24);
    expect(result.warnings).toEqual([]);
    expect(result.text.startsWith(words(script).title)).toBe(true);
  });

  it("words every reason", () => {
    for (const reason of LETTER_REASONS) {
      const result = composeLetter({ ...INPUT, reason }, words("zh-Hans"), "zh-Hans");
      expect(result.ok && result.text.includes(words("zh-Hans").reasons[reason])).toBe(true);
    }
  });

  it("leaves the details line out when there are none", () => {
    const result = composeLetter({ ...INPUT, details: "  " }, words("zh-Hans"), "zh-Hans");
    expect(result.ok && result.text.includes("具体情况")).toBe(false);
  });

  it("rounds the number of instalments up and warns past five years", () => {
    const short = composeLetter({ ...INPUT, amount: "10000", monthly: "300" }, words("zh-Hans"), "zh-Hans");
    expect(short.ok && short.months).toBe(34);
    const long = composeLetter({ ...INPUT, amount: "100000", monthly: "1000" }, words("zh-Hans"), "zh-Hans");
    expect(long.ok && long.months).toBe(100);
    expect(long.ok && long.warnings).toEqual(["over_five_years"]);
    const exactlyFive = composeLetter({ ...INPUT, amount: "60000", monthly: "1000" }, words("zh-Hans"), "zh-Hans");
    expect(exactlyFive.ok && exactlyFive.warnings).toEqual([]);
  });

  it("gives an error code for every missing field", () => {
    expect(composeLetter({}, words("zh-Hans"), "zh-Hans")).toEqual({
      ok: false,
      errors: {
        lender: "lender_required",
        amount: "amount_required",
        monthly: "monthly_required",
        reason: "reason_required",
      },
    });
  });

  it.each([
    [{ amount: "abc" }, "amount", "amount_invalid"],
    [{ amount: "12.345" }, "amount", "amount_invalid"],
    [{ amount: "-5" }, "amount", "amount_invalid"],
    [{ amount: "0" }, "amount", "amount_out_of_range"],
    [{ amount: "0.5" }, "amount", "amount_out_of_range"],
    [{ amount: "10000001" }, "amount", "amount_out_of_range"],
    [{ monthly: "x" }, "monthly", "monthly_invalid"],
    [{ monthly: "0" }, "monthly", "monthly_out_of_range"],
    [{ monthly: "12001" }, "monthly", "monthly_out_of_range"],
    [{ reason: "bored" }, "reason", "reason_required"],
    [{ lender: "银".repeat(61) }, "lender", "lender_too_long"],
    [{ details: "字".repeat(501) }, "details", "details_too_long"],
  ] as const)("%o → %s: %s", (patch, field, code) => {
    const result = composeLetter({ ...INPUT, ...patch }, words("zh-Hans"), "zh-Hans");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual({ [field]: code });
  });

  it("accepts amounts as people type them on a phone", () => {
    const result = composeLetter({ ...INPUT, amount: "１２，０００．５ 元", monthly: "¥ 500" }, words("zh-Hant"), "zh-Hant");
    expect(result.ok && result.text).toContain("12,000.50");
  });

  it("does not expand placeholders typed by the user and drops control characters", () => {
    const result = composeLetter({ ...INPUT, lender: "{amount}\u0007银行", details: "{months}" }, words("zh-Hans"), "zh-Hans");
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).toContain("致{amount} 银行：");
    expect(result.text).toContain("具体情况：{months}");
    expect(result.text).not.toContain("\u0007");
  });

  it("has words for every error code in both scripts", () => {
    for (const script of SCRIPTS) {
      for (const code of LETTER_ERROR_CODES) expect(messagesFor(script).negotiate.errors[code], `${script} ${code}`).toBeTruthy();
    }
  });
});

describe("parseYuan and formatYuan", () => {
  it.each([
    ["12000", 1_200_000],
    ["12,000", 1_200_000],
    ["1234.5", 123_450],
    ["0.01", 1],
    ["８８", 8_800],
    ["", null],
    ["1e5", null],
    ["1.2.3", null],
  ])("%s → %s fen", (raw, fen) => {
    expect(parseYuan(raw)).toBe(fen);
  });

  it("groups thousands and shows decimals only when there are some", () => {
    expect(formatYuan(1_200_000, "zh-Hans")).toBe("12,000");
    expect(formatYuan(123_450, "zh-Hant")).toBe("1,234.50");
    expect(formatYuan(1_000_000_000, "zh-Hans")).toBe("10,000,000");
  });
});

describe("letterInputFrom", () => {
  it("reads form fields and turns anything else into empty strings", () => {
    const form = new FormData();
    form.set("lender", "甲银行");
    form.set("amount", "100");
    const input = letterInputFrom((name) => form.get(name));
    expect(input).toEqual({ lender: "甲银行", amount: "100", monthly: "", reason: "", details: "" });
  });
});
