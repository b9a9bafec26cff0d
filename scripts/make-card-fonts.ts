// Makes the share cards' font subsets, committed in lib/card/fonts/: for each script, every character a
// card can show (lib/card/card-text.ts cardGlyphSource: the card's words, level names, site name, all
// printable ASCII), cut from Noto Sans SC / TC Bold (@fontsource, pinned) with subset-font. Each character is
// taken from the first source file that has it: the script's big Chinese file first, then Noto's numbered
// chunks (the Traditional file lacks full-width punctuation). The card passes every file to next/og, so it
// never needs a missing glyph and never fetches one. Rerun after changing any card words:
//   npx tsx scripts/make-card-fonts.ts
import fs from "node:fs";
import path from "node:path";
import subsetFont from "subset-font";
import { cardGlyphSource } from "../lib/card/card-text";
import { fontCodePoints } from "../lib/card/font-cmap";
import type { AppLocale } from "../lib/i18n/routing";

const root = process.cwd();
const outDir = path.join(root, "lib", "card", "fonts");
const FACES: Record<AppLocale, { pkg: string; main: string }> = {
  "zh-Hans": { pkg: "noto-sans-sc", main: "chinese-simplified" },
  "zh-Hant": { pkg: "noto-sans-tc", main: "chinese-traditional" },
};
const WEIGHT = 700;

/** Each candidate source file and which of the needed characters it has (read from a subset to them). */
async function sources(locale: AppLocale, needed: string): Promise<{ name: string; font: Buffer; points: Set<number> }[]> {
  const { pkg, main } = FACES[locale];
  const dir = path.join(root, "node_modules", "@fontsource", pkg, "files");
  const chunk = new RegExp(`^${pkg}-(\\d+)-${WEIGHT}-normal\\.woff$`);
  const numbered = fs
    .readdirSync(dir)
    .map((f) => chunk.exec(f))
    .filter((m): m is RegExpExecArray => m !== null)
    .sort((a, b) => Number(a[1]) - Number(b[1]))
    .map((m) => m[1] as string);
  const subsets = [main, "latin", ...numbered];
  return Promise.all(
    subsets.map(async (subset) => {
      const woff = fs.readFileSync(path.join(dir, `${pkg}-${subset}-${WEIGHT}-normal.woff`));
      const probe: Uint8Array = await subsetFont(woff, needed, { targetFormat: "truetype" });
      return { name: subset, font: woff, points: fontCodePoints(probe) };
    }),
  );
}

async function main() {
const list: Record<string, string[]> = {};
for (const locale of Object.keys(FACES) as AppLocale[]) {
  const all = await sources(locale, cardGlyphSource(locale));
  const byFile = new Map<string, string>();
  const missing: string[] = [];
  for (const char of cardGlyphSource(locale)) {
    const source = all.find((s) => s.points.has(char.codePointAt(0) ?? -1));
    if (!source) missing.push(char);
    else byFile.set(source.name, (byFile.get(source.name) ?? "") + char);
  }
  if (missing.length > 0) throw new Error(`${locale}: no source font has ${JSON.stringify(missing.join(""))}`);
  const prefix = locale === "zh-Hans" ? "hans" : "hant";
  for (const old of fs.readdirSync(outDir).filter((f) => f.startsWith(`${prefix}-`))) fs.rmSync(path.join(outDir, old));
  list[locale] = [];
  for (const [index, [name, text]] of [...byFile.entries()].entries()) {
    const source = all.find((s) => s.name === name);
    if (!source) continue;
    const subset = await subsetFont(source.font, text, { targetFormat: "truetype", noHinting: true });
    const file = `${prefix}-${index}.ttf`;
    fs.writeFileSync(path.join(outDir, file), subset);
    list[locale].push(file);
    console.log(`${locale}: ${file} from ${FACES[locale].pkg} ${name}, ${[...text].length} characters, ${subset.length} bytes`);
  }
}
fs.writeFileSync(path.join(outDir, "fonts.json"), `${JSON.stringify(list, null, 2)}\n`);
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
