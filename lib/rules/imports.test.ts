import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

/** lib/answers, lib/rules and lib/sources are plain TypeScript: usable by pages, API and tests alike. */
const PURE_DIRS = ["lib/answers", "lib/rules", "lib/sources"];
/** Pure files outside those folders that they may import. */
const PURE_FILES = ["lib/i18n/localized.ts"];
const ALLOWED = /^(zod|\.{1,2}\/.*)$/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith(".test.ts") ? [full] : [];
  });
}

describe("pure modules", () => {
  it.each([...PURE_DIRS.flatMap(sourceFiles), ...PURE_FILES])("%s imports only zod and its siblings", (file) => {
    const text = fs.readFileSync(file, "utf8");
    const specifiers = [...text.matchAll(/(?:import|export)[^"';]*?from\s+["']([^"']+)["']|import\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] ?? m[2]);
    for (const spec of specifiers) {
      expect(spec, file).toMatch(ALLOWED);
      // Relative imports must stay inside the pure modules (no reaching into app/ or components/).
      if (spec?.startsWith(".")) {
        const target = path.relative(".", path.resolve(path.dirname(file), spec));
        const pure = PURE_DIRS.some((d) => target.startsWith(d)) || PURE_FILES.some((f) => target === f.replace(/\.ts$/, ""));
        expect(pure, `${file} → ${spec}`).toBe(true);
      }
    }
  });
});
