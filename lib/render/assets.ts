import fs from "node:fs";
import path from "node:path";

/** The islands in client/, by file name; scripts/build-assets.mjs bundles each one. */
export type IslandName = "number-check" | "text-actions" | "door-offline" | "letter" | "embed-frame" | "message-check";

/** The stylesheets: "site" for every page, "door" for the door screen (only what it uses). */
export type StylesheetName = "site" | "door";

export interface Stylesheet {
  href: string;
  file: string;
  /** base64 sha256 of the text, for the CSP when the page inlines it. */
  sha256: string;
  bytes: number;
}

export interface AssetManifest {
  css: Record<StylesheetName, Stylesheet>;
  islands: Partial<Record<IslandName, string>>;
}

export interface SiteAssets extends AssetManifest {
  /** The CSS texts themselves, for pages that inline them. */
  cssText: Record<StylesheetName, string>;
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
  const read = (name: StylesheetName) => fs.readFileSync(path.join(ASSETS_DIR, manifest.css[name].file), "utf8");
  const cssText = { site: read("site"), door: read("door") };
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
