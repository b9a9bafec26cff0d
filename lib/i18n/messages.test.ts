import * as OpenCC from "opencc-js";
import { hansProblems, hantProblems } from "@/lib/testing/chinese-script";
import { describe, expect, it } from "vitest";
import zhHans from "@/messages/zh-Hans.json";
import zhHant from "@/messages/zh-Hant.json";

const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });

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
    const problems = [...hant].flatMap(([key, text]) => {
      const found = hantProblems(text.replace(/\{[^{}]*\}/g, ""));
      return found.length ? [`${key}: ${found.join(" ")}`] : [];
    });
    expect(problems).toEqual([]);
  });

  it("zh-Hans is really Simplified: no Traditional-only characters slipped in", () => {
    const problems = [...hans].flatMap(([key, text]) => {
      const found = hansProblems(text.replace(/\{[^{}]*\}/g, ""));
      return found.length ? [`${key}: ${found.join(" ")}`] : [];
    });
    expect(problems).toEqual([]);
  });

  // The mainland norm: no space between Chinese and digits (拨打110, 第3次, 有{count}处); Latin codes keep theirs (GB/T 45251).
  const SPACED_DIGITS = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef] +[0-9{]|[0-9}] +[\u3400-\u9fff]/;

  it.each([["zh-Hans", hans] as const, ["zh-Hant", hant] as const])("%s: no space between Chinese and digits", (_script, texts) => {
    expect([...texts].filter(([, text]) => SPACED_DIGITS.test(text)).map(([key, text]) => `${key}: ${text}`)).toEqual([]);
  });

  it.each([["zh-Hans", hans] as const, ["zh-Hant", hant] as const])("%s: no sentence runs past 100 characters (read on a phone)", (_script, texts) => {
    const long = [...texts].flatMap(([key, text]) =>
      text
        .split(/(?<=[。！？])|\n/)
        .filter((sentence) => [...sentence].length > 100)
        .map((sentence) => `${key}: ${sentence}`),
    );
    expect(long).toEqual([]);
  });

  it("the spacing and length checks catch what they look for", () => {
    expect(SPACED_DIGITS.test("请拨打 110。")).toBe(true);
    expect(SPACED_DIGITS.test("有 {count} 处")).toBe(true);
    expect(SPACED_DIGITS.test("请拨打110。推荐性国家标准GB/T 45251")).toBe(false);
  });

  it("the checks themselves catch the wrong script and pinyin artefacts", () => {
    // Guards against a converter that silently does nothing.
    expect(toTraditional("这个页面")).toBe("這個頁面");
    expect(hantProblems("这个页面")).not.toEqual([]);
    expect(hantProblems("導（dǎo）語")).toContain("pinyin in brackets");
    expect(hansProblems("逾期15天後")).toEqual(["後→后"]);
  });
});
