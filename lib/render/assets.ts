import fs from "node:fs";
import path from "node:path";

/** The islands in client/, by file name; scripts/build-assets.mjs bundles each one. */
export type IslandName = "number-check" | "text-actions" | "door-offline";

export interface AssetManifest {
  css: { href: string; file: string; sha256: string; bytes: number };
  islands: Partial<Record<IslandName, string>>;
}

export interface SiteAssets extends AssetManifest {
  /** The CSS text itself, for pages that inline it. */
  cssText: string;
}

const ASSETS_DIR = path.join(process.cwd(), "public", "assets");
let cached: SiteAssets | undefined;

/**
 * The hashed CSS and island files built by scripts/build-assets.mjs (run before `next build`), read
 * once per server process from public/assets/manifest.json. In development it is re-read on every call
 * so a rerun of the asset build shows up without a restart.
 */
export function siteAssets(): SiteAssets {
  if (cached && process.env.NODE_ENV !== "development") return cached;
  const manifest = JSON.parse(fs.readFileSync(path.join(ASSETS_DIR, "manifest.json"), "utf8")) as AssetManifest;
  const cssText = fs.readFileSync(path.join(ASSETS_DIR, manifest.css.file), "utf8");
  cached = { ...manifest, cssText };
  return cached;
}

/** The script URLs for a page's islands, in the order given; an island missing from the build is a bug. */
export function islandScripts(assets: AssetManifest, names: readonly IslandName[]): string[] {
  return names.map((name) => {
    const src = assets.islands[name];
    if (!src) throw new Error(`island "${name}" is not in the asset manifest: run scripts/build-assets.mjs`);
    return src;
  });
}
