import { describe, expect, it } from "vitest";
import { createTranslator } from "next-intl";
import { messagesFor } from "@/lib/i18n/messages";
import { getSource } from "@/lib/sources";
import { DOOR_CASES, DOOR_CITES } from "./door";
import { figureValues, LEGAL_FIGURES } from "./legal-figures";
import { RIGHTS_SECTIONS } from "./rights";

const SCRIPTS = ["zh-Hans", "zh-Hant"] as const;
const cardSection = RIGHTS_SECTIONS.find((s) => s.id === "cardCrime");

describe("legal figures", () => {
  it("each figure has a value and a dated source", () => {
    for (const [id, figure] of Object.entries(LEGAL_FIGURES)) {
      expect(figure.value, id).toBeGreaterThan(0);
      expect(figure.cites.length, id).toBeGreaterThan(0);
      for (const source of figure.cites) expect(getSource(source).date, `${id} → ${source}`).toMatch(/^\d{4}/);
    }
  });

  it("the card-crime figures are the judicial interpretation's", () => {
    expect(LEGAL_FIGURES.cardCrimeAmountYuan.cites).toContain("card-crime-interpretation-2018");
    expect(LEGAL_FIGURES.cardCrimeUnpaidMonths.cites).toContain("card-crime-interpretation-2018");
    expect(LEGAL_FIGURES.cardCrimeNoticeGapDays.cites).toContain("card-crime-interpretation-2018");
  });

  it("maps argument names to values", () => {
    // Amounts come written with their unit, the site's one way of writing money; other figures stay numbers.
    expect(figureValues({ amount: "cardCrimeAmountYuan", months: "cardCrimeUnpaidMonths" }, "zh-Hans")).toEqual({
      amount: "5万元",
      months: LEGAL_FIGURES.cardCrimeUnpaidMonths.value,
    });
    expect(figureValues({ amount: "cardCrimeAmountYuan" }, "zh-Hant")).toEqual({ amount: "5萬元" });
    expect(figureValues(undefined, "zh-Hans")).toEqual({});
  });
});

describe("the credit-card criminal line on the rights page", () => {
  it("has its own section, citing the criminal law and the 2018 interpretation", () => {
    expect(cardSection).toBeDefined();
    const cites = cardSection?.points.flatMap((p) => [...p.cites]) ?? [];
    expect(cites).toEqual(expect.arrayContaining(["criminal-law-196", "card-crime-interpretation-2018"]));
  });

  for (const script of SCRIPTS) {
    const m = messagesFor(script);
    it(`${script}: the figures reach the copy as arguments, never typed into it`, () => {
      const what = m.rights.points.cardCrimeWhat.body;
      expect(what).toContain("{amount}");
      expect(what).toContain("{months}");
      expect(what).toContain("{gapDays}");
      // No literal figure: only the placeholders carry them.
      const literal = what.replace(/\{[^{}]*\}/g, "");
      expect(literal).not.toMatch(/50,?000|5万|5萬|三个月|三個月|30天|３/);
      expect(literal).not.toMatch(/\d/);
    });

    it(`${script}: renders with the data's figures, and says it is for credit cards only`, () => {
      const t = createTranslator({ locale: script, messages: m, namespace: "rights" });
      const point = cardSection?.points.find((p) => p.id === "cardCrimeWhat");
      const text = t("points.cardCrimeWhat.body", figureValues(point && "figures" in point ? point.figures : undefined, script));
      expect(text).toMatch(/达到5万元以上|達到5萬元以上/);
      expect(text).toContain(`${LEGAL_FIGURES.cardCrimeUnpaidMonths.value}`);
      expect(text).toContain(`${LEGAL_FIGURES.cardCrimeNoticeGapDays.value}`);
      expect(text).toContain("只涉及信用卡");
      expect(m.rights.points.cardCrimeSafe.body).toMatch(/告诉银行|告訴銀行/);
    });
  }
});

describe("the door screen covers other people and places", () => {
  for (const script of SCRIPTS) {
    const m = messagesFor(script);
    it(`${script}: a relative at the door, the workplace, the registered home`, () => {
      for (const id of DOOR_CASES) {
        expect(m.door.cases[id].title, id).toBeTruthy();
        expect(m.door.cases[id].body, id).toBeTruthy();
      }
      expect(m.door.cases.relative.body).toMatch(/不必让人进门|不必讓人進門/);
      expect(m.door.cases.relative.body).toMatch(/透露/);
      expect(m.door.cases.workplace.body).toMatch(/同事/);
    });
  }

  it("cites trespass at police level and the personal-information law", () => {
    expect(DOOR_CITES).toEqual(expect.arrayContaining(["public-security-trespass", "criminal-law-245", "pipl"]));
  });
});
