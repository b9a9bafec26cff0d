import { ImageResponse } from "next/og";
import type { AppLocale } from "@/lib/i18n/routing";
import { LEVELS } from "@/lib/rules";
import { cardFonts } from "./card-fonts";
import { CARD_HEIGHT, CARD_WIDTH, type CardText, type CardVerdict } from "./card-text";

const BRAND = "#1c6b55";
const BRAND_DARK = "#0f4033";
const LEVEL_COLOURS = ["#059669", "#65a30d", "#f59e0b", "#ea580c", "#b91c1c"] as const;

/**
 * The 1200×630 share card as a PNG, drawn by next/og (satori + resvg) with the committed font subsets
 * only: every character it draws is in them (card-fonts.test.ts), so next/og never looks for a missing
 * glyph on the network. Headers are the caller's.
 */
export function cardImage(locale: AppLocale, verdict: CardVerdict, text: CardText, headers: HeadersInit): ImageResponse {
  const fonts = cardFonts(locale);
  const step = LEVELS.indexOf(verdict.level) + 1;
  const colour = LEVEL_COLOURS[step - 1] ?? BRAND;
  return new ImageResponse(
    (
      <div
        style={{
          width: "100%",
          height: "100%",
          display: "flex",
          flexDirection: "column",
          justifyContent: "space-between",
          backgroundColor: "#ffffff",
          borderLeft: `24px solid ${BRAND}`,
          fontFamily: fonts[0]?.name,
          color: "#111827",
        }}
      >
        <div style={{ display: "flex", flexDirection: "column", padding: "56px 64px 0 64px" }}>
          <div style={{ fontSize: 34, color: "#4b5563" }}>{text.eyebrow}</div>
          <div style={{ fontSize: 60, color: BRAND_DARK, marginTop: 20, lineHeight: 1.25 }}>{text.headline}</div>
          <div style={{ display: "flex", marginTop: 28 }}>
            {LEVELS.map((level, i) => (
              <div
                key={level}
                style={{ flexGrow: 1, height: 22, borderRadius: 11, marginRight: i < LEVELS.length - 1 ? 12 : 0, backgroundColor: i < step ? colour : "#e5e7eb" }}
              />
            ))}
          </div>
          <div style={{ fontSize: 40, marginTop: 32 }}>{text.window}</div>
          <div style={{ fontSize: 32, marginTop: 16, color: "#4b5563" }}>{text.notice}</div>
        </div>
        <div style={{ display: "flex", alignItems: "center", justifyContent: "space-between", backgroundColor: BRAND, color: "#ffffff", padding: "28px 64px" }}>
          <div style={{ display: "flex", flexDirection: "column" }}>
            <div style={{ fontSize: 28 }}>{text.cta}</div>
            <div style={{ fontSize: 40, marginTop: 6 }}>{text.site}</div>
          </div>
          <div style={{ fontSize: 36 }}>{text.address}</div>
        </div>
      </div>
    ),
    { width: CARD_WIDTH, height: CARD_HEIGHT, fonts, headers },
  );
}
