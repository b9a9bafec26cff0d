import fc from "fast-check";
import * as OpenCC from "opencc-js";
import { describe, expect, test } from "vitest";
import { CHECK_KINDS } from "@/lib/guide/legal-check";
import { checkMessage, type Finding } from "./check";
import { HELD_OUT } from "./corpus/held-out";
import { MAIN } from "./corpus/main";

const toTaiwan = OpenCC.Converter({ from: "cn", to: "tw" });
const toHongKong = OpenCC.Converter({ from: "cn", to: "hk" });
const MESSAGES = [...HELD_OUT, ...MAIN].map((m) => m.text);

/** Sentences that say nothing any rule looks for: appending them must never remove a finding. */
const UNRELATED = [
  "今天天气不错。",
  "谢谢。",
  "我在开会，晚点再说。",
  "周末一起吃饭吧！",
  "收到请回复。",
  "祝好",
  "你好",
  "Hello!",
  "12345",
  "😀",
  "\n",
  "   ",
];

const message = fc.constantFrom(...MESSAGES);
const kind = fc.constantFrom(...CHECK_KINDS);
const receivedAt = fc.option(
  fc.record({ h: fc.integer({ min: 0, max: 23 }), m: fc.integer({ min: 0, max: 59 }) }).map(({ h, m }) => `2026-11-30T${String(h).padStart(2, "0")}:${String(m).padStart(2, "0")}`),
  { nil: undefined },
);
/** Arbitrary text mixed with pieces of real messages, so the rules' edges get exercised too. */
const anyText = fc
  .array(fc.oneof(fc.string({ unit: "grapheme", maxLength: 20 }), fc.string({ unit: "binary", maxLength: 10 }), message), { maxLength: 5 })
  .map((parts) => parts.join(""));

const summary = (findings: readonly Finding[]) => findings.map((f) => `${f.id}:${f.verdict}:${f.start}:${f.end}`);

describe("message check properties", () => {
  test("the same message in Simplified and in Traditional (Taiwan and Hong Kong forms) gives the same findings", () => {
    fc.assert(
      fc.property(message, kind, receivedAt, (text, k, at) => {
        const hans = checkMessage({ text, kind: k, receivedAt: at });
        for (const hant of [toTaiwan(text), toHongKong(text)]) {
          const got = checkMessage({ text: hant, kind: k, receivedAt: at });
          // OpenCC keeps the length here, so even the spans agree.
          expect(hant.length).toBe(text.length);
          expect(summary(got)).toEqual(summary(hans));
        }
      }),
      { numRuns: 300 },
    );
  });

  test("adding unrelated text before or after a message never removes a finding", () => {
    fc.assert(
      fc.property(message, fc.array(fc.constantFrom(...UNRELATED), { maxLength: 4 }), fc.array(fc.constantFrom(...UNRELATED), { maxLength: 4 }), kind, (text, before, after, k) => {
        const alone = new Set(checkMessage({ text, kind: k }).map((f) => f.id));
        // On its own line: text glued onto a link would change the link itself (m.example.comHello is another address).
        const padded = `${before.join("")}\n${text}\n${after.join("")}`;
        const ids = new Set(checkMessage({ text: padded, kind: k }).map((f) => f.id));
        for (const id of alone) expect(ids.has(id), `${id} in ${padded}`).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  test("every span is inside the text, non-empty, and both ends are null or neither", () => {
    fc.assert(
      fc.property(anyText, kind, receivedAt, (text, k, at) => {
        for (const f of checkMessage({ text, kind: k, receivedAt: at })) {
          if (f.start === null || f.end === null) {
            expect([f.start, f.end]).toEqual([null, null]);
            expect(["night_contact", "debt_transfer"]).toContain(f.id);
            continue;
          }
          expect(f.start).toBeGreaterThanOrEqual(0);
          expect(f.end).toBeGreaterThan(f.start);
          expect(f.end).toBeLessThanOrEqual(text.length);
        }
      }),
      { numRuns: 500 },
    );
  });

  test("deterministic: the same input gives the same findings, each id at most once", () => {
    fc.assert(
      fc.property(anyText, kind, receivedAt, (text, k, at) => {
        const first = checkMessage({ text, kind: k, receivedAt: at });
        expect(checkMessage({ text, kind: k, receivedAt: at })).toEqual(first);
        expect(new Set(first.map((f) => f.id)).size).toBe(first.length);
      }),
      { numRuns: 300 },
    );
  });
});
