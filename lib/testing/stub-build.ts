import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, vi } from "vitest";
import type { IslandName } from "@/lib/render/assets";

const ISLANDS: Record<IslandName, true> = {
  "number-check": true,
  "text-actions": true,
  "door-offline": true,
  letter: true,
  "embed-frame": true,
  "message-check": true,
};

/**
 * Lets route handlers render in a unit test without a build or a server: a tiny asset manifest in a
 * temporary directory standing in for the project folder (islands at /assets/<name>.TEST.js, one
 * stylesheet with the CSP hash "HASH"), and SITE_URL set. Registers its own setup and cleanup.
 */
export function stubBuild(name: string, siteUrl = "https://example.org"): { readonly dir: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `${name}-`));
  beforeAll(() => {
    const assets = path.join(dir, "public", "assets");
    fs.mkdirSync(assets, { recursive: true });
    fs.writeFileSync(path.join(assets, "site.test.css"), "body{color:#111}");
    const sheet = { href: "/assets/site.test.css", file: "site.test.css", sha256: "HASH", bytes: 16 };
    const islands = Object.fromEntries(Object.keys(ISLANDS).map((island) => [island, `/assets/${island}.TEST.js`]));
    fs.writeFileSync(path.join(assets, "manifest.json"), JSON.stringify({ css: { site: sheet, door: sheet }, islands }));
    vi.spyOn(process, "cwd").mockReturnValue(dir);
    vi.stubEnv("SITE_URL", siteUrl);
  });
  afterAll(() => {
    vi.unstubAllEnvs();
    vi.restoreAllMocks();
    fs.rmSync(dir, { recursive: true, force: true });
  });
  return { dir };
}
