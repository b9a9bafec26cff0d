import { CONTENT_CHECKED } from "../lib/content/checked";
import { formatIsoDate } from "../lib/i18n/dates";
import { spawn } from "node:child_process";
import http from "node:http";
import path from "node:path";
import zlib from "node:zlib";
import type { APIRequestContext } from "@playwright/test";
import { freePort } from "../scripts/free-port.mjs";
import { expect, LOCALES, test } from "./fixtures";

/** The indexable pages, each its own canonical: rendered by route handlers through lib/render, no framework JavaScript. */
const PAGES = ["", "/guide", "/guide/door", "/guide/rights", "/guide/message-check", "/guide/negotiate", "/guide/legal-check", "/guide/scams", "/guide/sources"] as const;
/** Pages whose answers are the query: the checker's result (with its copy island), a result, a shared verdict. */
const ANSWERED_PAGES = [
  "/guide/legal-check?i=nightCalls&i=manyCalls&i=thirdParties&i=threats&i=fakePapers&i=wouldNotLeave&i=attemptedEntry&i=infoPosted&i=personalAccount&i=noNotice&k=unknown",
  "/result?lender=haier&days=45&amount=20000&contact=ignoring",
  "/verdict?level=moderate&phase=in&from=31&to=180",
] as const;
const JS_LIMIT = 10 * 1024;
const FIRST_VIEW_LIMIT = 30 * 1024;
const NOT_FOUND = { "zh-Hans": "找不到这个页面", "zh-Hant": "找不到這個頁面" } as const;

const gz = (text: string) => zlib.gzipSync(Buffer.from(text), { level: 6 }).length;

/** The document and what its first view loads (stylesheets and scripts), each gzipped. */
async function firstView(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  const html = await response.text();
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)].map((m) => ({ attrs: m[1] ?? "", body: m[2] ?? "" }));
  const srcs = scripts.map((s) => /\bsrc="([^"]+)"/.exec(s.attrs)?.[1]).filter((s): s is string => Boolean(s));
  const sheets = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"/g)].map((m) => m[1] ?? "");
  const sizes = async (urls: string[]) => (await Promise.all(urls.map(async (u) => gz(await (await request.get(u)).text())))).reduce((a, b) => a + b, 0);
  const js = await sizes(srcs);
  const css = await sizes(sheets);
  return { response, html, scripts, srcs, js, total: gz(html) + css + js };
}

test.describe("HTML-first pages", () => {
  for (const locale of LOCALES) {
    for (const page of [...PAGES, ...ANSWERED_PAGES]) {
      const url = `/${locale}${page}`;
      test(`${url}: no framework or inline script, strict CSP, small first view`, async ({ request }) => {
        const { response, scripts, srcs, js, total } = await firstView(request, url);
        expect(response.status()).toBe(200);
        expect(srcs.filter((s) => s.includes("/_next/"))).toEqual([]);
        // Every script is an external module: no inline code anywhere.
        for (const script of scripts) {
          expect(script.body).toBe("");
          expect(script.attrs).toMatch(/type="module"/);
          expect(script.attrs).toMatch(/src="\/assets\/[\w.-]+\.js"/);
        }
        test.info().annotations.push({ type: "first view (gzip)", description: `${total} bytes, JS ${js}` });
        expect(js).toBeLessThanOrEqual(JS_LIMIT);
        expect(total).toBeLessThanOrEqual(FIRST_VIEW_LIMIT);

        const headers = response.headers();
        const csp = headers["content-security-policy"] ?? "";
        expect(csp).toMatch(/(^|; )script-src 'self'(;|$)/);
        expect(csp).not.toMatch(/unsafe-inline|unsafe-eval|nonce-/);
        expect(csp).toContain("frame-ancestors 'none'");
        expect(csp).toContain("object-src 'none'");
        expect(headers["cross-origin-opener-policy"]).toBe("same-origin");
        expect(headers["cross-origin-resource-policy"]).toBe("same-origin");
        expect(headers["link"]).toBeUndefined();
        expect(headers["set-cookie"]).toBeUndefined();
      });
    }
  }

  test("islands and the CSS are cached for a year and readable cross-origin", async ({ request }) => {
    const { html } = await firstView(request, "/zh-Hans");
    const src = /<script type="module" src="([^"]+)"/.exec(html)?.[1];
    expect(src).toBeTruthy();
    const asset = await request.get(src ?? "");
    expect(asset.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
    expect(asset.headers()["cross-origin-resource-policy"]).toBe("cross-origin");
    for (const icon of ["/favicon.ico", "/icon.svg", "/apple-touch-icon.png"]) {
      const response = await request.get(icon);
      expect(response.status(), icon).toBe(200);
      expect(response.headers()["cross-origin-resource-policy"]).toBe("cross-origin");
    }
  });

  test("the inline CSS matches the hash the CSP names", async ({ request }) => {
    const response = await request.get("/zh-Hant/guide");
    const css = /<style>([\s\S]*?)<\/style>/.exec(await response.text())?.[1];
    test.skip(css === undefined, "CSS is linked, not inlined");
    const hash = (await import("node:crypto")).createHash("sha256").update(css ?? "").digest("base64");
    expect(response.headers()["content-security-policy"]).toContain(`'sha256-${hash}'`);
  });

  test("the questionnaire checks numbers as you type, with the server's words", async ({ page }) => {
    await page.goto("/zh-Hans");
    const days = page.getByRole("textbox", { name: "已经逾期多少天？" });
    await days.fill("abc");
    await days.blur();
    await expect(page.getByText("请填数字，例如30。")).toBeVisible();
    await expect(days).toHaveAttribute("aria-invalid", "true");
    await days.fill("12");
    await expect(page.getByText("请填数字，例如30。")).toBeHidden();
    await expect(days).toHaveAttribute("aria-invalid", "false");
  });

  test("?lender=… refills the questionnaire", async ({ page }) => {
    await page.goto("/zh-Hant?lender=weilidai&days=40&amount=8000&contact=ignoring");
    await expect(page.getByRole("combobox", { name: "錢是向哪家機構借的？" })).toHaveValue("weilidai");
    await expect(page.getByRole("textbox", { name: "已經逾期多少天？" })).toHaveValue("40");
  });
});

test.describe("404 without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of LOCALES) {
    test(`${locale}: an unknown path is a readable page with status 404`, async ({ page }) => {
      const response = await page.goto(`/${locale}/no-such-page/deeper?x=1`);
      expect(response?.status()).toBe(404);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1, name: NOT_FOUND[locale] })).toBeVisible();
      await expect(page.getByRole("contentinfo")).toContainText(formatIsoDate(CONTENT_CHECKED, locale));
      expect(await page.locator("meta[name=robots]").getAttribute("content")).toBe("noindex");
    });
  }

  for (const [path, accept, locale] of [
    ["/x.png", "zh-TW", "zh-Hant"],
    ["/_next/static/chunks/no-such-chunk.js", "zh-CN", "zh-Hans"],
    ["/_next/nothing-here", "zh-HK", "zh-Hant"],
  ] as const) {
    test(`${path} (never seen by the proxy) is the localized 404 too`, async ({ browser, baseURL }) => {
      // The browser locale is what it sends as Accept-Language.
      const context = await browser.newContext({ baseURL, javaScriptEnabled: false, locale: accept });
      const page = await context.newPage();
      const response = await page.goto(path);
      expect(response?.status()).toBe(404);
      expect(response?.headers()["vary"]).toMatch(/Accept-Language/);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1, name: NOT_FOUND[locale] })).toBeVisible();
      await context.close();
    });
  }

  test("a path below a page, or under a locale that is not one, is the plain 404", async ({ request }) => {
    for (const path of ["/x.png/guide/rights", "/zh-Hans/result/x", "/zh-Hans/guide/rights/x", "/zh-Hant/guide/negotiate/x"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect(response.headers()["content-type"], path).toContain("text/html");
      const html = await response.text();
      expect(html, path).toMatch(/找不到(这个页面|這個頁面)/);
      expect(html, path).not.toContain("/_next/static/chunks/");
      expect(html, path).not.toMatch(/<script(?![^>]*\bsrc=)/);
    }
  });

  test("under /api/ the 404 is JSON", async ({ request }) => {
    for (const path of ["/api/nope", "/api/v2/estimate"]) {
      const response = await request.get(path);
      expect(response.status(), path).toBe(404);
      expect(await response.json()).toEqual({ error: { code: "not_found" } });
    }
  });
});

/** A raw request with headers Playwright's client would not let us forge (Host). */
function rawGet(baseURL: string, path: string, headers: Record<string, string>) {
  const { hostname, port } = new URL(baseURL);
  return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: string }>((resolve, reject) => {
    const req = http.get({ hostname, port, path, headers }, (res) => {
      let body = "";
      res.setEncoding("utf8");
      res.on("data", (chunk: string) => (body += chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on("error", reject);
  });
}

test("forged Host, X-Forwarded-Host and Forwarded are never reflected", async ({ baseURL }) => {
  const forged = {
    Host: "evil-host.example",
    "X-Forwarded-Host": "evil-xfh.example",
    "X-Forwarded-Proto": "https",
    Forwarded: "host=evil-fwd.example;proto=https",
  };
  const paths = ["/", "/guide?x=1", ...LOCALES.flatMap((l) => [...PAGES, ...ANSWERED_PAGES].map((p) => `/${l}${p}`)), "/zh-Hans/nope", "/x.png", "/robots.txt", "/sitemap.xml", "/api/nope"];
  for (const path of paths) {
    const response = await rawGet(baseURL ?? "", path, forged);
    const everything = JSON.stringify(response.headers) + response.body;
    expect(everything, path).not.toMatch(/evil-/);
  }
});

test.describe("absolute URLs come from SITE_URL at run time", () => {
  test("a server started with another SITE_URL (same build) uses it everywhere", async ({ baseURL }) => {
    test.skip(Boolean(process.env.E2E_BASE_URL), "needs the local production build");
    test.setTimeout(60_000);
    const port = await freePort();
    const site = "https://runtime-origin.example";
    const next = path.join("node_modules", "next", "dist", "bin", "next");
    const server = spawn(process.execPath, [next, "start", "-p", String(port), "-H", "127.0.0.1"], {
      env: { ...process.env, SITE_URL: site, NEXT_TELEMETRY_DISABLED: "1" },
      stdio: "ignore",
    });
    const local = `http://127.0.0.1:${port}`;
    try {
      await expect.poll(() => rawGet(local, "/robots.txt", {}).then((r) => r.status, () => 0), { timeout: 30_000 }).toBe(200);
      for (const locale of LOCALES) {
        for (const page of PAGES) {
          const { body } = await rawGet(local, `/${locale}${page}`, {});
          expect(body).toContain(`<link rel="canonical" href="${site}/${locale}${page}"/>`);
          for (const alt of LOCALES) expect(body).toContain(`hrefLang="${alt}" href="${site}/${alt}${page}"`);
          expect(body).toContain(`hrefLang="x-default" href="${site}/zh-Hans${page}"`);
          expect(body).toContain(`<meta property="og:url" content="${site}/${locale}${page}"/>`);
          expect(body).not.toContain(baseURL ?? "");
        }
      }
      // A page with answers in its query: the checklist's canonical is the empty checklist.
      const checked = (await rawGet(local, "/zh-Hant/guide/legal-check?i=nightCalls&k=credit_card", {})).body;
      expect(checked).toContain(`<link rel="canonical" href="${site}/zh-Hant/guide/legal-check"/>`);
      expect((await rawGet(local, "/robots.txt", {})).body).toContain(`Sitemap: ${site}/sitemap.xml`);
      expect((await rawGet(local, "/sitemap.xml", {})).body).toContain(`<loc>${site}/zh-Hant/guide/door</loc>`);
      expect((await rawGet(local, "/", { "Accept-Language": "zh-TW" })).headers["location"]).toBe(`${site}/zh-Hant`);
    } finally {
      server.kill("SIGTERM");
    }
  });
});
