import { describe, expect, it } from "vitest";
import { LENDERS } from "@/lib/rules";
import { sources } from "@/lib/sources";
import zhHans from "@/messages/zh-Hans.json";
import zhHant from "@/messages/zh-Hant.json";
import { avoidedWordsIn, GLOSSARY } from "./glossary";
import type { Script } from "./localized";

type Tree = { [key: string]: string | Tree };
function flatten(tree: Tree, prefix = ""): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([key, value]) => (typeof value === "string" ? [[prefix + key, value]] : Object.entries(flatten(value, `${prefix}${key}.`)))),
  );
}

const MESSAGES: Record<Script, Record<string, string>> = { "zh-Hans": flatten(zhHans as Tree), "zh-Hant": flatten(zhHant as Tree) };

/** The copy the data carries in our own words (titles are official names and stay as published). */
function dataTexts(script: Script): Record<string, string> {
  return Object.fromEntries([
    ...sources.flatMap((s) => (s.note ? [[`source ${s.id} note`, s.note[script]]] : [])),
    ...LENDERS.map((l) => [`lender ${l.id} practice`, l.practice[script]]),
  ]);
}

const report = (hits: ReturnType<typeof avoidedWordsIn>) => hits.map((h) => `${h.key}: ${h.word} → ${h.use}`);

describe("glossary", () => {
  it.each(["zh-Hans", "zh-Hant"] as const)("no message in %s uses an avoided word (every namespace)", (script) => {
    expect(report(avoidedWordsIn(MESSAGES[script], script))).toEqual([]);
  });

  it.each(["zh-Hans", "zh-Hant"] as const)("no source or lender note in %s uses an avoided word", (script) => {
    expect(report(avoidedWordsIn(dataTexts(script), script))).toEqual([]);
  });

  it("finds an avoided word, but not inside a longer correct phrase or where it is explained", () => {
    expect(report(avoidedWordsIn({ a: "請查看你的帳戶。" }, "zh-Hant"))).toEqual(["a: 帳戶 → 賬戶"]);
    expect(report(avoidedWordsIn({ a: "出借方可以起诉。" }, "zh-Hans"))).toEqual(["a: 出借方 → 放贷机构"]);
    expect(avoidedWordsIn({ "rights.points.visits.body": "上门催收，行业里叫“外访”。" }, "zh-Hans")).toEqual([]);
    expect(avoidedWordsIn({ other: "上门（外访）" }, "zh-Hans")).toHaveLength(1);
    expect(avoidedWordsIn({ a: "請查看你的賬戶。" }, "zh-Hant")).toEqual([]);
    expect(avoidedWordsIn({ a: "標為「暴力催收」的標籤" }, "zh-Hant")).toEqual([]);
    expect(report(avoidedWordsIn({ a: "不必籤任何東西" }, "zh-Hant"))).toEqual(["a: 籤 → 簽字"]);
  });

  it("explains once, in the message it names, each word it allows only there", () => {
    for (const term of GLOSSARY) {
      for (const script of ["zh-Hans", "zh-Hant"] as const) {
        for (const avoided of term.avoid[script]) {
          for (const key of avoided.explainedIn ?? []) expect(MESSAGES[script][key], key).toContain(avoided.word);
        }
      }
    }
  });

  it("names each concept once: every term to use is itself allowed", () => {
    for (const term of GLOSSARY) {
      for (const script of ["zh-Hans", "zh-Hant"] as const) {
        expect(avoidedWordsIn({ term: term.use[script] }, script), term.concept).toEqual([]);
      }
    }
  });
});
