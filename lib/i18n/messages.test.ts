import * as OpenCC from "opencc-js";
import { describe, expect, it } from "vitest";
import zhHans from "@/messages/zh-Hans.json";
import zhHant from "@/messages/zh-Hant.json";

const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });
// Valid Traditional characters OpenCC may still map in some words (台灣, 干擾, 了解, 占用, 周末…).
const VALID_IN_BOTH = new Set("台干了占采周只里志游系制表面准冲");
const PINYIN_IN_BRACKETS = /\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+\)/;

type Tree = { [key: string]: string | Tree };
function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    if (typeof value === "string") out.set(prefix + key, value);
    else for (const [k, v] of flatten(value, `${prefix}${key}.`)) out.set(k, v);
  }
  return out;
}
const placeholders = (s: string) => [...s.matchAll(/\{\s*([A-Za-z0-9_]+)/g)].map((m) => m[1]).sort();

const hans = flatten(zhHans as Tree);
const hant = flatten(zhHant as Tree);

describe("messages", () => {
  it("zh-Hans and zh-Hant have exactly the same keys", () => {
    expect([...hant.keys()].sort()).toEqual([...hans.keys()].sort());
  });

  it("every message has the same ICU placeholders in both scripts", () => {
    const differing = [...hans].filter(([key, text]) => hant.has(key) && placeholders(text).join() !== placeholders(hant.get(key)!).join());
    expect(differing.map(([key]) => key)).toEqual([]);
  });

  it("zh-Hant is really Traditional: converting it from Simplified changes nothing", () => {
    const problems: string[] = [];
    for (const [key, text] of hant) {
      const plain = text.replace(/\{[^{}]*\}/g, "");
      const before = [...plain];
      const after = [...toTraditional(plain)];
      const changed = before.filter((c, i) => c !== after[i] && !VALID_IN_BOTH.has(c));
      if (changed.length) problems.push(`${key}: ${changed.join("")}`);
    }
    expect(problems).toEqual([]);
  });

  it("no pinyin-with-tone-marks in brackets in either file", () => {
    const bad = [...hans, ...hant].filter(([, text]) => PINYIN_IN_BRACKETS.test(text)).map(([key]) => key);
    expect(bad).toEqual([]);
  });

  it("the check itself catches a Simplified string", () => {
    // Guards against a converter that silently does nothing.
    expect(toTraditional("这个页面")).toBe("這個頁面");
  });
});
