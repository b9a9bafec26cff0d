import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { createElement } from "react";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";

// A tiny asset build in a temporary directory, so the test needs neither the real build nor a server.
const dir = fs.mkdtempSync(path.join(os.tmpdir(), "render-page-"));
const css = "body{color:#111}";
beforeAll(() => {
  fs.mkdirSync(path.join(dir, "public", "assets"), { recursive: true });
  fs.writeFileSync(path.join(dir, "public", "assets", "site.test.css"), css);
  const manifest = {
    css: {
      site: { href: "/assets/site.test.css", file: "site.test.css", sha256: "HASH", bytes: css.length },
      door: { href: "/assets/site.test.css", file: "site.test.css", sha256: "HASH", bytes: css.length },
    },
    islands: { "number-check": "/assets/number-check.TEST.js" },
  };
  fs.writeFileSync(path.join(dir, "public", "assets", "manifest.json"), JSON.stringify(manifest));
  vi.spyOn(process, "cwd").mockReturnValue(dir);
  vi.stubEnv("SITE_URL", "https://example.org/");
});
afterAll(() => {
  vi.unstubAllEnvs();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function render(options: Partial<Parameters<typeof import("./render-page").renderPage>[0]> = {}) {
  const { renderPage } = await import("./render-page");
  return renderPage({
    locale: "zh-Hant",
    path: "/guide",
    query: "days=12",
    title: "權利指南",
    description: "說明",
    body: createElement("h1", null, "標題"),
    ...options,
  });
}

describe("renderPage", () => {
  it("returns a whole document in the page's script, with its head and the site frame", async () => {
    const response = await render();
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("text/html; charset=utf-8");
    const html = await response.text();
    expect(html.startsWith('<!DOCTYPE html><html lang="zh-Hant">')).toBe(true);
    expect(html).toContain("<title>權利指南 · 上門催收評估</title>");
    expect(html).toContain('<link rel="canonical" href="https://example.org/zh-Hant/guide"/>');
    expect(html).toContain('hrefLang="x-default" href="https://example.org/zh-Hans/guide"');
    expect(html).toContain('<link rel="icon" href="/icon.svg" type="image/svg+xml"/>');
    // The language switch keeps the path and the query; the content sits in <main>, framed by header and footer.
    expect(html).toContain('href="/zh-Hans/guide?days=12"');
    expect(html).toMatch(/<header[\s\S]*<main id="main"[^>]*><h1>標題<\/h1><\/main><footer/);
  });

  it("inlines the CSS, names its hash in the CSP and allows no inline script", async () => {
    const response = await render();
    const html = await response.text();
    expect(html).toContain(`<style>${css}</style>`);
    const csp = response.headers.get("content-security-policy") ?? "";
    expect(csp).toContain("script-src 'self';");
    expect(csp).toContain("style-src 'self' 'sha256-HASH'");
    expect(csp).not.toContain("unsafe-inline");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers.get("cross-origin-resource-policy")).toBe("same-origin");
  });

  it("loads islands as external module scripts only", async () => {
    const html = await (await render({ islands: ["number-check"] })).text();
    const scripts = html.match(/<script[^>]*>[\s\S]*?<\/script>/g) ?? [];
    expect(scripts).toEqual(['<script type="module" src="/assets/number-check.TEST.js"></script>']);
  });

  it("refuses an island the build does not have", async () => {
    await expect(render({ islands: ["text-actions"] })).rejects.toThrow(/text-actions/);
  });

  it("passes status, robots and Cache-Control through", async () => {
    const response = await render({ status: 404, robots: "noindex", cache: "no-store" });
    expect(response.status).toBe(404);
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(await response.text()).toContain('<meta name="robots" content="noindex"/>');
  });
});
