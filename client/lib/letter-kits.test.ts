import compile from "icu-minify/compile";
import { describe, expect, it } from "vitest";
import { composeLetter, LETTER_REASONS, LETTER_SCRIPTS } from "@/lib/guide/letter";
import { letterData, letterKits } from "@/lib/guide/letter-kit";
import { translator } from "@/lib/i18n/translator";
import { formatPageMessage, kitsFrom } from "./letter-kits";

describe("the browser's letter kits", () => {
  // The island gets the data as JSON in a data- attribute: round-trip it the same way.
  const browser = kitsFrom(JSON.parse(JSON.stringify(letterData())) as ReturnType<typeof letterData>);
  const server = letterKits();

  it.each(LETTER_SCRIPTS)("write the same letter as the server in %s, for every reason, with and without the card line", (script) => {
    for (const reason of LETTER_REASONS) {
      for (const card of ["", "1"]) {
        const input = { lender: "某某银行信用卡中心", monthly: "1234.5", reason, details: "第一行\n第二行 {x}", card, script };
        const fromServer = composeLetter(input, server);
        expect(fromServer.ok).toBe(true);
        expect(composeLetter(input, browser)).toEqual(fromServer);
      }
    }
  });

  it("fill the months note as the server does", () => {
    for (const locale of LETTER_SCRIPTS) {
      const t = translator(locale, "negotiate");
      const raw = t.raw("result.overFiveYears") as string;
      expect(formatPageMessage(locale, compile(raw), { months: 72 })).toBe(t("result.overFiveYears", { months: 72 }));
    }
  });
});
