import { describe, expect, test } from "vitest";
import * as OpenCC from "opencc-js";
import { readFileSync } from "node:fs";
import { checkMessage } from "./check";
import { HANT_TO_HANS } from "./hant-map";
import { normalize, originalSpan } from "./normalize";
// @ts-expect-error: a plain .mjs build script without types
import { buildMap, hanCharacters } from "../../scripts/message-check-hant-map.mjs";

describe("normalize", () => {
  test("drops spaces, maps full-width and Traditional forms, keeps a map back to the original", () => {
    const original = "上 门　催收ＡＰＰ１２３，帳戶";
    const n = normalize(original);
    expect(n.text).toBe("上门催收app123，账户");
    const at = n.text.indexOf("门催");
    const span = originalSpan(n, at, at + 2);
    expect(original.slice(span.start, span.end)).toBe("门　催");
  });

  test("a spaced-out or full-width message gives the same findings, pointing at the original characters", () => {
    const text = "明天 上　门，你这个老 赖。详情见 ｗｗｗ．ｘｙ９．ｃｃ";
    const findings = checkMessage({ text });
    expect(findings.map((f) => [f.id, text.slice(f.start ?? 0, f.end ?? 0)])).toEqual([
      ["visit_notice", "上　门"],
      ["insult_or_threat", "老 赖"],
      ["suspicious_link", "ｗｗｗ．ｘｙ９．ｃｃ"],
    ]);
  });

  test("characters outside the Basic Multilingual Plane keep their indices", () => {
    const text = "😀😀明天上门";
    const [visit] = checkMessage({ text });
    expect(text.slice(visit?.start ?? 0, visit?.end ?? 0)).toBe("上门");
  });
});

// OpenCC's dictionaries are slow to load on a busy machine: these two get a longer timeout.
describe("the Traditional map", () => {
  test("is current: regenerating it from rules.ts gives the committed map", { timeout: 30_000 }, () => {
    const source = readFileSync(new URL("./rules.ts", import.meta.url), "utf8");
    expect(buildMap(source)).toEqual({ ...HANT_TO_HANS });
  });

  test("every character the rules use reads back from its Taiwan and Hong Kong forms", { timeout: 30_000 }, () => {
    const source = readFileSync(new URL("./rules.ts", import.meta.url), "utf8");
    // One character per line, so OpenCC converts each on its own (not as part of a phrase).
    const characters = (hanCharacters(source) as string[]).join("\n");
    for (const to of ["tw", "hk"] as const) {
      expect(normalize(OpenCC.Converter({ from: "cn", to })(characters)).text, to).toBe(characters.replace(/\n/g, ""));
    }
  });
});
