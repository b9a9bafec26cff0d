// Test helper only (opencc-js is a dev dependency): is a zh-Hant string really Traditional?
import * as OpenCC from "opencc-js";

const toTaiwan = OpenCC.Converter({ from: "cn", to: "tw" });

/** Characters valid in Traditional text that OpenCC may still map (台灣, 干擾, 了解, 占用, 周末…). */
const VALID_IN_BOTH = new Set("台干了占采周只里志游系制表面准冲");

/** Bracketed romanisation such as 導(dǎo), the mark of a careless machine conversion. */
const PINYIN_IN_BRACKETS = /[(（][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]+[)）]/;

/** Problems found in a string meant to be Traditional Chinese; empty when it is clean. */
export function hantProblems(text: string): string[] {
  const problems: string[] = [];
  if (PINYIN_IN_BRACKETS.test(text)) problems.push("pinyin in brackets");
  const before = [...text];
  const after = [...toTaiwan(text)];
  before.forEach((ch, i) => {
    if (ch !== after[i] && !VALID_IN_BOTH.has(ch)) problems.push(`${ch}→${after[i] ?? ""}`);
  });
  return problems;
}

const toMainland = OpenCC.Converter({ from: "tw", to: "cn" });

/** Traditional-only characters in a string meant to be Simplified Chinese; empty when it is clean. */
export function hansProblems(text: string): string[] {
  const before = [...text];
  const after = [...toMainland(text)];
  return before.flatMap((ch, i) => (ch !== after[i] ? [`${ch}→${after[i] ?? ""}`] : []));
}
