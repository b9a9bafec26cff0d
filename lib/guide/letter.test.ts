import { describe, expect, it } from "vitest";
import { messagesFor } from "@/lib/i18n/messages";
import { hansProblems, hantProblems } from "@/lib/testing/chinese-script";
import {
  composeLetter,
  formatYuan,
  LETTER_ERROR_CODES,
  LETTER_REASONS,
  letterInputFrom,
  letterScript,
  PARAGRAPH_INDENT,
  parseYuan,
  type LetterScript,
} from "./letter";
import { letterKits } from "./letter-kit";

const SCRIPTS = ["zh-Hans", "zh-Hant"] as const;
const words = (script: LetterScript) => messagesFor(script).letter;
const compose = (input: Parameters<typeof composeLetter>[0]) => composeLetter(input, letterKits());

const INPUT = {
  lender: "某某消费金融有限公司",
  amount: "12000",
  monthly: "500",
  reason: "illness",
  details: "2026年8月住院两周，\n之后收入减半。",
};

describe("composeLetter", () => {
  it.each(SCRIPTS)("contains every input but the amount, formatted, in %s", (script) => {
    const result = compose({ ...INPUT, script });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.script).toBe(script);
    expect(result.text).toContain(INPUT.lender);
    expect(result.text).toContain("500");
    expect(result.text).toContain(words(script).reasons.illness);
    // The borrower's lines, each its own indented paragraph.
    expect(result.text).toContain(`2026年8月住院两周，\n${PARAGRAPH_INDENT}之后收入减半。`);
    expect(result.months).toBe(24); // 12,000 / 500: shown on the page, not in the letter
    expect(result.warnings).toEqual([]);
    expect(result.text.startsWith(words(script).title)).toBe(true);
  });

  it.each(SCRIPTS)("admits no figure in %s: the amount is to be agreed after checking, and a statement is asked for", (script) => {
    const result = compose({ ...INPUT, amount: "98765", monthly: "4321", details: "", script });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).toContain(script === "zh-Hans" ? "金额以双方核对为准" : "金額以雙方核對為準");
    expect(result.text).toMatch(script === "zh-Hans" ? /提供这笔借款的明细/ : /提供這筆借款的明細/);
    // Neither the amount typed nor a number of instalments that would imply a total.
    expect(result.text).not.toContain("98,765");
    expect(result.text).not.toContain("98765");
    expect(result.text).not.toMatch(/约\d+期|約\d+期|尚欠/);
    expect(result.text).toContain("4,321");
    // The only figures in the letter are the monthly offer's.
    expect(result.text.match(/\d[\d,.]*/g)).toEqual(["4,321"]);
  });

  it.each(SCRIPTS)("is laid out as a Chinese letter in %s: salutation, indented paragraphs, 此致/敬礼, attachments before the signature", (script) => {
    const result = compose({ ...INPUT, details: "", script });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const w = words(script);
    const lines = result.text.split("\n");
    expect(lines[0]).toBe(w.title);
    const salutation = lines.indexOf(w.salutation.replace("{lender}", INPUT.lender));
    expect(salutation, "尊敬的…： on its own line").toBeGreaterThan(0);
    expect(lines[salutation]).toMatch(/^(尊敬的).+：$/);
    const closing = lines.indexOf(PARAGRAPH_INDENT + w.closing);
    expect(w.closing).toBe("此致");
    expect(lines[closing + 1], "敬礼 flush left on the next line").toBe(script === "zh-Hans" ? "敬礼！" : "敬禮！");
    // Every body paragraph between the salutation and 此致 starts with two full-width spaces.
    const body = lines.slice(salutation + 1, closing);
    expect(body.length).toBeGreaterThan(5);
    for (const line of body) expect(line.startsWith("\u3000\u3000"), line).toBe(true);
    const attachments = lines.findIndex((line) => line.startsWith("附件："));
    const signature = lines.indexOf(w.signature);
    expect(attachments).toBeGreaterThan(closing);
    expect(signature, "the attachments come before the signature block").toBeGreaterThan(attachments);
    expect(lines.at(-1)).toBe(w.date);
    expect(result.text).toContain(script === "zh-Hans" ? "金额以双方核对为准" : "金額以雙方核對為準");
    expect(result.text).not.toMatch(/^致/m);
  });

  it.each(SCRIPTS)("adds the credit-card line citing 第70条 only when asked, in %s", (script) => {
    const without = compose({ ...INPUT, script });
    const withCard = compose({ ...INPUT, card: "1", script });
    expect(without.ok && withCard.ok).toBe(true);
    if (!without.ok || !withCard.ok) return;
    const cite = script === "zh-Hans" ? "根据《商业银行信用卡业务监督管理办法》第七十条" : "根據《商業銀行信用卡業務監督管理辦法》第七十條";
    expect(without.text).not.toContain(cite);
    expect(withCard.text).toContain(`${PARAGRAPH_INDENT}${cite}，`);
    expect(withCard.text).toContain(script === "zh-Hans" ? "个性化分期" : "個性化分期");
    expect(compose({ ...INPUT, card: "0", script }).ok && compose({ ...INPUT, card: "0", script })).toMatchObject({ text: without.text });
  });

  it("writes Simplified Chinese unless Traditional is asked for", () => {
    expect(letterScript(undefined)).toBe("zh-Hans");
    expect(letterScript("")).toBe("zh-Hans");
    expect(letterScript("zh-Hant")).toBe("zh-Hant");
    expect(letterScript("klingon")).toBe("zh-Hans");
    const plain = compose(INPUT);
    expect(plain.ok && plain.script).toBe("zh-Hans");
    const hans = compose(INPUT);
    if (hans.ok) expect(hansProblems(hans.text.replace(INPUT.details, ""))).toEqual([]);
    const hant = compose({ ...INPUT, lender: "某某銀行", details: "", script: "zh-Hant" });
    expect(hant.ok).toBe(true);
    if (hant.ok) expect(hantProblems(hant.text)).toEqual([]);
  });

  it("needs no amount; without one there is no estimate of months", () => {
    const result = compose({ ...INPUT, amount: "" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.months).toBeNull();
    expect(result.warnings).toEqual([]);
  });

  it("words every reason", () => {
    for (const reason of LETTER_REASONS) {
      const result = compose({ ...INPUT, reason });
      expect(result.ok && result.text.includes(words("zh-Hans").reasons[reason])).toBe(true);
    }
  });

  it("leaves the details line out when there are none", () => {
    const result = compose({ ...INPUT, details: "  " });
    expect(result.ok && result.text.includes("具体情况")).toBe(false);
  });

  it("rounds the number of instalments up and warns past five years", () => {
    const short = compose({ ...INPUT, amount: "10000", monthly: "300" });
    expect(short.ok && short.months).toBe(34);
    const long = compose({ ...INPUT, amount: "100000", monthly: "1000" });
    expect(long.ok && long.months).toBe(100);
    expect(long.ok && long.warnings).toEqual(["over_five_years"]);
    const exactlyFive = compose({ ...INPUT, amount: "60000", monthly: "1000" });
    expect(exactlyFive.ok && exactlyFive.warnings).toEqual([]);
  });

  it("gives an error code for every missing required field", () => {
    expect(compose({})).toEqual({
      ok: false,
      errors: {
        lender: "lender_required",
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
    const result = compose({ ...INPUT, ...patch });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.errors).toEqual({ [field]: code });
  });

  it("accepts amounts as people type them on a phone", () => {
    const result = compose({ ...INPUT, amount: "１２，０００．５ 元", monthly: "¥ 500.5", script: "zh-Hant" });
    expect(result.ok && result.months).toBe(24);
    expect(result.ok && result.text).toContain("500.50");
  });

  it("does not expand placeholders typed by the user and drops control characters", () => {
    const result = compose({ ...INPUT, lender: "{monthly}\u0007银行", details: "{months}" });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.text).toContain("尊敬的{monthly} 银行：");
    expect(result.text).toContain("具体情况如下：{months}");
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
    expect(input).toEqual({ lender: "甲银行", amount: "100", monthly: "", reason: "", details: "", card: "", script: "" });
  });
});
