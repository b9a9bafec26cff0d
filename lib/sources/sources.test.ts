import { describe, expect, it } from "vitest";
import { hansProblems, hantProblems } from "@/lib/testing/chinese-script";
import { inScript } from "../i18n/localized";
import { findSource, getSource, SOURCE_KINDS, sourceIds, sources, type SourceId } from "./index";

const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

/** Ids that other parts of the product cite by name: they must keep existing. */
const REQUIRED_LEGAL_IDS = [
  "gbt-45251-2025",
  "nifa-collection-guideline-2024",
  "nifa-convention-2018",
  "cba-consumer-loan-collection-2026",
  "civil-code-1033",
  "criminal-law-245",
  "criminal-law-293-1",
  "public-security-law-2025-50",
  "credit-card-measures-2011-68",
  "credit-card-measures-2011-70",
  "cfc-measures-2024",
  "spc-private-lending-2020",
  "spc-2017-22",
  "credit-reporting-reg-15",
  "credit-reporting-reg-16",
  "pboc-credit-relief-2025",
  "civil-procedure-law",
] as const satisfies readonly SourceId[];

/** Sources added in the 2026-12 check, cited by the rules and the guide by these ids. */
const NEW_IDS = [
  "criminal-law-196",
  "card-crime-interpretation-2018",
  "civil-procedure-preservation",
  "civil-code-limitation",
  "civil-code-568",
  "spending-ban-rules",
  "defaulter-list",
  "criminal-law-313",
  "public-security-trespass",
  "judicial-reply-2020-27",
  "pipl",
  "civil-code-1034",
  "civil-code-1038",
  "local-financial-regulator",
] as const satisfies readonly SourceId[];

describe("sources", () => {
  it("has unique ids", () => {
    expect(new Set(sourceIds).size).toBe(sourceIds.length);
  });

  it("has every legal source the product cites", () => {
    for (const id of REQUIRED_LEGAL_IDS) expect(getSource(id).id, id).toBe(id);
  });

  it.each(NEW_IDS)("%s (2026-12) is dated, checked, classified and annotated in both scripts", (id) => {
    const s = getSource(id);
    expect(s.date).toMatch(ISO_DATE);
    expect(s.checked).toBe("2026-12-01");
    expect(SOURCE_KINDS).toContain(s.kind);
    expect(s.note?.["zh-Hans"]).toBeTruthy();
    expect(s.note?.["zh-Hant"]).toBeTruthy();
  });

  it("getSource throws on an unknown id; findSource returns undefined", () => {
    expect(() => getSource("no-such-source" as SourceId)).toThrow(/no-such-source/);
    expect(findSource("no-such-source")).toBeUndefined();
    expect(findSource("pipl")?.id).toBe("pipl");
  });

  it("classifies every source by what it is", () => {
    const kindOf = (id: SourceId) => getSource(id).kind;
    expect(kindOf("gbt-45251-2025")).toBe("standard");
    expect(kindOf("cba-consumer-loan-collection-2026")).toBe("self_regulation");
    expect(kindOf("nifa-collection-guideline-2024")).toBe("self_regulation");
    expect(kindOf("nifa-convention-2018")).toBe("self_regulation");
    expect(kindOf("pboc-credit-relief-2025")).toBe("policy");
    expect(kindOf("card-crime-interpretation-2018")).toBe("law");
    expect(kindOf("judicial-reply-2020-27")).toBe("law");
    expect(kindOf("collection-stages-practice")).toBe("own_summary");
    expect(kindOf("advisor-heuristic")).toBe("own_summary");
    expect(kindOf("local-financial-regulator")).toBe("own_summary");
    expect(kindOf("heimao-complaints-2025")).toBe("report");
    for (const s of sources) expect(SOURCE_KINDS).toContain(s.kind);
  });

  it("a card-crime note never reaches beyond credit cards", () => {
    expect(getSource("criminal-law-196").note?.["zh-Hans"]).toContain("只涉及信用卡");
  });

  it.each(sources.map((s) => [s.id, s] as const))("%s is dated and complete", (_id, s) => {
    expect(s.date).toMatch(ISO_DATE);
    expect(s.checked).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(s.date <= s.checked).toBe(true);
    // Every text field holds both scripts (the Localized shape), none of them empty.
    for (const text of [s.title, s.publisher, s.article, s.note]) {
      if (text === undefined) continue;
      expect(text["zh-Hans"].trim()).not.toBe("");
      expect(text["zh-Hant"].trim()).not.toBe("");
    }
    expect(s.title).toBeDefined();
    expect(s.publisher).toBeDefined();
  });

  it.each(sources.map((s) => [s.id, s] as const))("%s: zh-Hant fields are real Traditional", (_id, s) => {
    for (const text of [s.title, s.publisher, s.article, s.note]) {
      if (text !== undefined) expect(hantProblems(text["zh-Hant"]), text["zh-Hant"]).toEqual([]);
    }
  });

  it.each(sources.map((s) => [s.id, s] as const))("%s: zh-Hans fields carry no Traditional-only characters", (_id, s) => {
    for (const text of [s.title, s.publisher, s.article, s.note]) {
      if (text !== undefined) expect(hansProblems(text["zh-Hans"]), text["zh-Hans"]).toEqual([]);
    }
  });

  it("has a script check that catches Simplified text and pinyin", () => {
    expect(hantProblems("贷后催收")).not.toEqual([]);
    expect(hantProblems("導(dǎo)語")).toContain("pinyin in brackets");
    expect(hantProblems("台灣的干擾")).toEqual([]);
  });

  it("marks only law, regulations and judicial interpretations as binding", () => {
    const binding = sources.filter((s) => s.binding).map((s) => s.id);
    expect(binding).not.toContain("gbt-45251-2025");
    expect(binding).not.toContain("nifa-collection-guideline-2024");
    expect(binding).not.toContain("cba-consumer-loan-collection-2026");
    expect(sources.filter((s) => s.kind !== "law" && s.binding)).toEqual([]);
    expect(sources.filter((s) => s.kind === "law" && !s.binding)).toEqual([]);
    expect(getSource("civil-code-1033").binding).toBe(true);
  });

  it("picks the title in the asked script", () => {
    const s = getSource("credit-reporting-reg-16");
    expect(inScript(s.title, "zh-Hans")).toBe("《征信业管理条例》");
    expect(inScript(s.title, "zh-Hant")).toBe("《徵信業管理條例》");
  });

  it("gives seed sources the seed kind", () => {
    for (const s of sources.filter((x) => x.id.startsWith("seed-"))) expect(s.kind).toBe("seed");
  });

  it("has no url it could not confirm", () => {
    // Urls are omitted rather than guessed; when one is added it must at least be https.
    for (const s of sources) {
      if (s.url !== undefined) expect(s.url).toMatch(/^https:\/\//);
    }
  });
});
