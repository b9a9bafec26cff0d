#!/usr/bin/env node
// Builds the browser assets before `next build`: the site CSS (Tailwind v4, from app/globals.css), the door
// screen's smaller CSS (app/door.css), and the island scripts in client/ (esbuild), each under a content-hashed name in public/assets/, plus
// public/assets/manifest.json that the page renderer reads to link them. Hashed names never change content,
// so they are served with a one-year immutable cache.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import esbuild from "esbuild";
import postcss from "postcss";
import tailwind from "@tailwindcss/postcss";

const root = process.cwd();
const out = path.join(root, "public", "assets");
const islandsDir = path.join(root, "client");

function contentHash(text) {
  return crypto.createHash("sha256").update(text).digest("hex").slice(0, 10);
}

/** Stylesheets by name: every page uses "site" except the door screen, which has its own smaller one. */
const STYLESHEETS = { site: "globals.css", door: "door.css" };

async function buildCss(key, entry) {
  const from = path.join(root, "app", entry);
  const result = await postcss([tailwind({ optimize: { minify: true } })]).process(fs.readFileSync(from, "utf8"), { from });
  const css = result.css.trim();
  const name = `${key}.${contentHash(css)}.css`;
  fs.writeFileSync(path.join(out, name), css);
  // The CSP hash of the same text, for when a page inlines it in a <style> element.
  const sha256 = crypto.createHash("sha256").update(css).digest("base64");
  return { href: `/assets/${name}`, file: name, sha256, bytes: Buffer.byteLength(css) };
}

async function buildIslands() {
  // One island per top-level file in client/ (helpers live in client/lib/ and are bundled in).
  const entries = fs
    .readdirSync(islandsDir)
    .filter((f) => /\.ts$/.test(f) && !f.endsWith(".test.ts"))
    .map((f) => path.join(islandsDir, f));
  const result = await esbuild.build({
    entryPoints: entries,
    outdir: out,
    entryNames: "[name].[hash]",
    bundle: true,
    format: "esm",
    minify: true,
    target: ["es2020", "safari15"],
    metafile: true,
    legalComments: "none",
    logLevel: "warning",
    // The islands share lib/answers with the server; "@/..." resolves like tsconfig's paths.
    alias: { "@": root },
  });
  const islands = {};
  for (const [file, meta] of Object.entries(result.metafile.outputs)) {
    if (!meta.entryPoint) continue;
    const name = path.basename(meta.entryPoint, ".ts");
    islands[name] = `/assets/${path.basename(file)}`;
  }
  return islands;
}

fs.rmSync(out, { recursive: true, force: true });
fs.mkdirSync(out, { recursive: true });
const [islands, ...sheets] = await Promise.all([
  buildIslands(),
  ...Object.entries(STYLESHEETS).map(async ([key, entry]) => [key, await buildCss(key, entry)]),
]);
const manifest = { css: Object.fromEntries(sheets), islands };
fs.writeFileSync(path.join(out, "manifest.json"), `${JSON.stringify(manifest, null, 2)}\n`);
const cssSummary = sheets.map(([, css]) => `${css.href} (${css.bytes} bytes)`).join(", ");
console.log(`assets: ${cssSummary}; islands: ${Object.values(islands).join(", ") || "none"}`);
