import { describe, expect, it } from "vitest";
import { messagesFor } from "@/lib/i18n/messages";
import { getSource, sources, type SourceId } from "@/lib/sources";
import { hantProblems } from "@/lib/testing/chinese-script";
import { guideCitations } from "./all-cites";
import { CHANNEL_IDS, CHANNELS } from "./channels";
import { forceOf } from "./citations";
import { RIGHTS_SECTIONS } from "./rights";
import { SCAMS } from "./scams";
import { GUIDE_SECTIONS, sourceHref } from "./sections";

const ISO_DATE = /^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/;

describe("guide citations", () => {
  const cited = guideCitations();

  it("cites something", () => {
    expect(cited.length).toBeGreaterThan(15);
  });

  it.each(cited)("%s is in the source list with a date", (id) => {
    expect(getSource(id).date, `${id} has no date`).toMatch(ISO_DATE);
  });

  it("links a citation to its entry on the sources page", () => {
    expect(sourceHref("zh-Hant", "civil-code-1033")).toBe("/zh-Hant/guide/sources#src-civil-code-1033");
  });
});

describe("forceOf", () => {
  it.each([
    ["civil-code-1033", "law"],
    ["criminal-law-245", "law"],
    ["gbt-45251-2025", "standard"],
    ["cba-consumer-loan-collection-2026", "selfRegulation"],
    ["nifa-collection-guideline-2024", "selfRegulation"],
    ["nifa-convention-2018", "selfRegulation"],
    ["spc-2017-22", "policy"],
    ["pboc-credit-relief-2025", "policy"],
    ["heimao-complaints-2025", "report"],
    ["collection-stages-practice", "ownSummary"],
    ["advisor-heuristic", "ownSummary"],
    ["local-financial-regulator", "ownSummary"],
    ["card-crime-interpretation-2018", "law"],
    ["seed-000", "seed"],
  ] as const satisfies readonly (readonly [SourceId, string])[])("%s is %s", (id, force) => {
    expect(forceOf(getSource(id))).toBe(force);
  });

  it("never calls a non-binding source law", () => {
    for (const source of sources) if (!source.binding) expect(forceOf(source)).not.toBe("law");
  });
});

describe("guide words", () => {
  for (const script of ["zh-Hans", "zh-Hant"] as const) {
    const m = messagesFor(script);
    it(`${script}: every section, point, scam and channel has words`, () => {
      for (const section of GUIDE_SECTIONS) expect(m.guide.sections[section].title).toBeTruthy();
      for (const section of RIGHTS_SECTIONS) {
        expect(m.rights.sections[section.id].title).toBeTruthy();
        for (const point of section.points) {
          expect(m.rights.points[point.id].title, point.id).toBeTruthy();
          expect(m.rights.points[point.id].body, point.id).toBeTruthy();
        }
      }
      for (const scam of SCAMS) {
        const words: Record<string, string> = m.scams[scam.id];
        for (const key of [...scam.signs, ...scam.todo, "title", "lead"]) expect(words[key], `${scam.id}.${key}`).toBeTruthy();
      }
      for (const id of CHANNEL_IDS) expect(m.channels[id].name).toBeTruthy();
    });
  }

  it("zh-Hant guide words are real Traditional Chinese", () => {
    const m = messagesFor("zh-Hant");
    const flat = (value: unknown): string[] =>
      typeof value === "string" ? [value] : Object.values(value as Record<string, unknown>).flatMap(flat);
    const namespaces = [m.guide, m.door, m.rights, m.negotiate, m.letter, m.legalCheck, m.channels, m.scams, m.sourcesPage];
    for (const text of namespaces.flatMap(flat)) expect(hantProblems(text.replace(/\{[^{}]*\}/g, "")), text).toEqual([]);
  });

  it("channel addresses are https and numbers are digits", () => {
    for (const channel of Object.values(CHANNELS)) {
      if (channel.url) expect(channel.url).toMatch(/^https:\/\//);
      if (channel.tel) expect(channel.tel).toMatch(/^\d{3,5}$/);
    }
  });
});
