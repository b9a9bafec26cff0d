import crypto from "node:crypto";
import { messagesFor } from "@/lib/i18n/messages";
import { routing, type AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { HORIZON_DAYS, RULES_VERSION } from "@/lib/rules";
import { hasWindow, type Verdict } from "@/lib/sharing/verdict-link";

/** What a share card shows: the verdict, the product and its address. Nothing about the sender's debt. */
export interface CardText {
  eyebrow: string;
  headline: string;
  window: string;
  notice: string;
  cta: string;
  site: string;
  /** The site's host (from SITE_URL at run time), ASCII. */
  address: string;
}

/** The card's level and window: the parts of a verdict a card needs (the phase is left out of its URL). */
export type CardVerdict = Pick<Verdict, "level" | "from" | "to">;

export function cardText(locale: AppLocale, verdict: CardVerdict, origin: string): CardText {
  const t = translator(locale, "card");
  const level = translator(locale, "result")(`levels.${verdict.level}`);
  return {
    eyebrow: t("eyebrow"),
    headline: t("headline", { horizon: HORIZON_DAYS.value, level }),
    window: hasWindow(verdict) ? t("window", { from: verdict.from, to: verdict.to }) : t("windowNone"),
    notice: t("notice"),
    cta: t("cta"),
    site: translator(locale, "site")("name"),
    address: new URL(origin).host,
  };
}

/** Every printable ASCII character: the address (any SITE_URL host), digits and ICU number formatting. */
export const PRINTABLE_ASCII = Array.from({ length: 0x7f - 0x20 }, (_, i) => String.fromCharCode(0x20 + i)).join("");

/**
 * Every character a card in this script can show: the card's message templates, the level names and the
 * site name (all their characters, so any argument a template takes is covered), plus printable ASCII.
 * scripts/make-card-fonts.ts subsets the fonts to exactly this; card-fonts.test.ts checks real cards against them.
 */
export function cardGlyphSource(locale: AppLocale): string {
  const messages = messagesFor(locale);
  // Every card message but the alt text (it is the image's description, not drawn on it).
  const shown = Object.entries(messages.card).flatMap(([key, text]) => (key === "alt" ? [] : [text]));
  const texts = [...shown, ...Object.values(messages.result.levels), messages.site.name];
  return [...new Set([...texts.join(""), ...PRINTABLE_ASCII])].sort().join("");
}

/**
 * The cards' version: the rules version and the words a card shows, in both scripts. Card URLs carry it
 * as ?v=, and only a request naming the current version is cached as immutable (see the card route).
 */
export const CARD_VERSION = crypto
  .createHash("sha256")
  .update(RULES_VERSION)
  .update(JSON.stringify(routing.locales.map((l) => [messagesFor(l).card, messagesFor(l).result.levels, messagesFor(l).site.name])))
  .digest("hex")
  .slice(0, 10);

/** The card's path (an image URL ending in .png, no "&": forums accept it in [img]). */
export function cardPath(locale: AppLocale, verdict: CardVerdict): string {
  return `/${locale}/card/${verdict.level}/${verdict.from}-${verdict.to}.png`;
}

/** The absolute card URL for og:image and the share panel: versioned, so caches may keep it for a year. */
export function cardUrl(origin: string, locale: AppLocale, verdict: CardVerdict): string {
  return `${origin}${cardPath(locale, verdict)}?v=${CARD_VERSION}`;
}

export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;
