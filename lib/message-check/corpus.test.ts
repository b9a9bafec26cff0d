import { describe, expect, test } from "vitest";
import { getLender } from "@/lib/rules";
import { checkMessage } from "./check";
import { HELD_OUT } from "./corpus/held-out";
import { MAIN } from "./corpus/main";
import { findingIdsOf, score, withTraditional } from "./corpus/score";
import { FINDING_IDS } from "./ids";

const WHOLE = [...HELD_OUT, ...MAIN];
const BAD = new Set(["false", "illegal", "scam"]);

function table(scores: ReturnType<typeof score>["scores"]): string {
  return scores
    .map((s) => `${s.id.padEnd(26)} P ${s.precision.toFixed(3)} R ${s.recall.toFixed(3)} (tp ${s.truePositives}, fp ${s.falsePositives}, fn ${s.falseNegatives})`)
    .join("\n");
}

describe("message check corpus", () => {
  test.each(FINDING_IDS)("%s has at least 10 messages that trigger it and 5 near misses", (id) => {
    expect(WHOLE.filter((m) => m.expect.includes(id)).length).toBeGreaterThanOrEqual(10);
    expect(WHOLE.filter((m) => m.nearMiss?.includes(id) && !m.expect.includes(id)).length).toBeGreaterThanOrEqual(5);
  });

  test("held-out part (never used to tune the patterns): precision and recall per id, reported", () => {
    const { scores, misses } = score(withTraditional(HELD_OUT));
    console.log(`held-out, ${withTraditional(HELD_OUT).length} messages (Simplified and Traditional):\n${table(scores)}`);
    if (misses.length > 0) console.log(misses);
    expect(scores).toHaveLength(FINDING_IDS.length);
  });

  test("whole corpus, both scripts: precision ≥ 0.95 and recall ≥ 0.9 for every id", () => {
    const messages = withTraditional(WHOLE);
    const { scores, misses } = score(messages);
    console.log(`whole corpus, ${messages.length} messages:\n${table(scores)}`);
    for (const s of scores) {
      expect.soft(s.precision, `${s.id} precision; misses: ${JSON.stringify(misses)}`).toBeGreaterThanOrEqual(0.95);
      expect.soft(s.recall, `${s.id} recall; misses: ${JSON.stringify(misses)}`).toBeGreaterThanOrEqual(0.9);
    }
  });

  test("lawful reminders give no false, illegal or scam finding", () => {
    const lawful = withTraditional(WHOLE.filter((m) => m.lawful));
    expect(lawful.length).toBeGreaterThanOrEqual(20);
    for (const message of lawful) {
      const kind = message.lender ? getLender(message.lender).kind : undefined;
      const bad = checkMessage({ text: message.text, kind, receivedAt: message.receivedAt }).filter((f) => BAD.has(f.verdict));
      expect(bad, message.text).toEqual([]);
    }
  });

  test("hand-written Traditional messages are in the corpus", () => {
    const traditional = WHOLE.filter((m) => /[們還單帳賬轉會這樣點擊過錢]/.test(m.text));
    expect(traditional.length).toBeGreaterThanOrEqual(10);
    for (const message of traditional) expect(findingIdsOf(message).sort(), message.text).toEqual([...message.expect].sort());
  });
});

describe("verdicts that depend on the kind of lender or the context", () => {
  const card = "您的信用卡已涉嫌恶意透支，我们已移交公安机关。";
  test("the card conditions: conditional for a credit card or an unknown kind, false for other loans", () => {
    const verdictOf = (kind?: Parameters<typeof checkMessage>[0]["kind"]) =>
      Object.fromEntries(checkMessage({ text: card, kind }).map((f) => [f.id, f.verdict]));
    expect(verdictOf()).toEqual({ card_malicious_overdraft: "conditional", arrest_or_criminal_threat: "false" });
    expect(verdictOf("credit_card")).toEqual({ card_malicious_overdraft: "conditional", arrest_or_criminal_threat: "conditional" });
    expect(verdictOf("online_platform")).toEqual({ card_malicious_overdraft: "false", arrest_or_criminal_threat: "false" });
  });

  test("a freeze by a court (preservation) is conditional; by a collector it is false", () => {
    expect(checkMessage({ text: "我们将申请法院诉讼保全，冻结您的账户。" }).find((f) => f.id === "freeze_claim")?.verdict).toBe("conditional");
    expect(checkMessage({ text: "今天不还就冻结你的微信。" }).find((f) => f.id === "freeze_claim")?.verdict).toBe("false");
  });

  test("night and sold-debt findings have no span; the words' findings point at the words", () => {
    const text = "明天上门。";
    const findings = checkMessage({ text, kind: "asset_manager", receivedAt: "2026-11-30T23:10" });
    expect(findings.map((f) => [f.id, f.start, f.end])).toEqual([
      ["visit_notice", 2, 4],
      ["night_contact", null, null],
      ["debt_transfer", null, null],
    ]);
    expect(text.slice(2, 4)).toBe("上门");
  });

  test("night hours are 22:00 to 08:00; impossible times are ignored", () => {
    const night = (receivedAt: string) => checkMessage({ text: "请还款", receivedAt }).some((f) => f.id === "night_contact");
    expect(["2026-11-30T22:00", "2026-11-30T23:59", "2026-12-01T00:00", "2026-12-01T07:59:59"].map(night)).toEqual([true, true, true, true]);
    expect(["2026-11-30T21:59", "2026-12-01T08:00", "2026-02-30T23:00", "2026-11-30T24:00", "23:00"].map(night)).toEqual([false, false, false, false, false]);
  });

  test("sources: each finding cites its rules, plus the legality checker's rules for the kind", () => {
    const [third] = checkMessage({ text: "我们会通知你的家人。", kind: "online_platform" });
    expect(third?.sources).toEqual(expect.arrayContaining(["civil-code-1034", "pipl", "gbt-45251-2025"]));
    const [bank] = checkMessage({ text: "我们会通知你的家人。", kind: "bank_loan" });
    expect(bank?.sources).toContain("cba-consumer-loan-collection-2026");
  });
});
