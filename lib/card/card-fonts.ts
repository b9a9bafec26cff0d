import fs from "node:fs";
import path from "node:path";
import type { AppLocale } from "@/lib/i18n/routing";
import list from "./fonts/fonts.json";

export interface CardFont {
  /** One name per file: next/og picks one font per name and weight, then falls back across names. */
  name: string;
  data: ArrayBuffer;
  weight: 700;
  style: "normal";
}

const FONTS_DIR = path.join(process.cwd(), "lib", "card", "fonts");
const loaded = new Map<AppLocale, CardFont[]>();

/** The committed font subsets for one script (scripts/make-card-fonts.ts), read once per process. */
export function cardFonts(locale: AppLocale): CardFont[] {
  let fonts = loaded.get(locale);
  if (!fonts) {
    fonts = list[locale].map((file) => {
      const bytes = fs.readFileSync(path.join(FONTS_DIR, file));
      const data = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
      return { name: `card-${file}`, data, weight: 700, style: "normal" };
    });
    loaded.set(locale, fonts);
  }
  return fonts;
}
