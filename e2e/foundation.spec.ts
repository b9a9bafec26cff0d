import { CONTENT_CHECKED } from "../lib/content/checked";
import { formatIsoDate } from "../lib/i18n/dates";
import { expect, expectNoAxeViolations, expectTraditional, LOCALES, test } from "./fixtures";

const SITE_NAME = { "zh-Hans": "上门催收评估", "zh-Hant": "上門催收評估" } as const;
const SWITCH_NAME = { "zh-Hans": "繁體中文", "zh-Hant": "简体中文" } as const;

test.describe("both locales", () => {
  for (const locale of LOCALES) {
    test(`${locale} home renders in its own script with lang, hreflang and footer`, async ({ page }) => {
      const response = await page.goto(`/${locale}`);
      expect(response?.status()).toBe(200);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("link", { name: new RegExp(SITE_NAME[locale]) })).toBeVisible();
      await expect(page.getByRole("contentinfo")).toContainText(formatIsoDate(CONTENT_CHECKED, locale));
      for (const alt of LOCALES) {
        await expect(page.locator(`link[rel=alternate][hreflang=${alt}]`)).toHaveAttribute("href", new RegExp(`/${alt}$`));
      }
      await expectNoAxeViolations(page);
      if (locale === "zh-Hant") await expectTraditional(page);
    });
  }
});

test.describe("locale negotiation at /", () => {
  // The browser's locale is what it sends as Accept-Language.
  for (const [browserLocale, expected] of [
    ["zh-TW", "zh-Hant"],
    ["zh-HK", "zh-Hant"],
    ["zh-CN", "zh-Hans"],
    ["en-US", "zh-Hans"],
  ] as const) {
    test(`a ${browserLocale} browser lands on ${expected}`, async ({ browser, baseURL }) => {
      const context = await browser.newContext({ baseURL, locale: browserLocale });
      const page = await context.newPage();
      await page.goto("/");
      expect(new URL(page.url()).pathname).toBe(`/${expected}`);
      await expect(page.locator("html")).toHaveAttribute("lang", expected);
      await context.close();
    });
  }

  test("the redirect sets no cookie and varies on Accept-Language", async ({ request }) => {
    const response = await request.get("/", { maxRedirects: 0, headers: { "Accept-Language": "zh-TW" } });
    expect(response.status()).toBe(307);
    expect(response.headers()["location"]).toMatch(/\/zh-Hant$/);
    expect(response.headers()["vary"]).toMatch(/Accept-Language/i);
    expect(response.headers()["set-cookie"]).toBeUndefined();
  });
});

test.describe("language switch", () => {
  test("keeps the path and the query string, both ways", async ({ page }) => {
    await page.goto("/zh-Hans?lender=weilidai&days=40");
    await page.getByRole("link", { name: SWITCH_NAME["zh-Hans"] }).click();
    await expect(page).toHaveURL(/\/zh-Hant\?lender=weilidai&days=40$/);
    await page.getByRole("link", { name: SWITCH_NAME["zh-Hant"] }).click();
    await expect(page).toHaveURL(/\/zh-Hans\?lender=weilidai&days=40$/);
  });

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });
    test("pages load and the switch still keeps the query", async ({ page }) => {
      await page.goto("/zh-Hant?days=12");
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      const href = await page.getByRole("link", { name: SWITCH_NAME["zh-Hant"] }).getAttribute("href");
      expect(href).toBe("/zh-Hans?days=12");
    });
  });
});

test.describe("HTTP contract", () => {
  for (const path of ["/zh-Hans", "/zh-Hant", "/zh-Hans/no-such-page"]) {
    test(`security headers and no cookies on ${path}`, async ({ request }) => {
      const response = await request.get(path);
      const headers = response.headers();
      expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(headers["content-security-policy"]).toContain("default-src 'self'");
      expect(headers["content-security-policy"]).not.toContain("unsafe-eval");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("no-referrer");
      expect(headers["permissions-policy"]).toContain("camera=()");
      expect(headers["set-cookie"]).toBeUndefined();
      expect(headers["x-powered-by"]).toBeUndefined();
    });
  }

  for (const locale of LOCALES) {
    test(`unknown path gives the localized 404 in ${locale}`, async ({ page }) => {
      const response = await page.goto(`/${locale}/no-such-page/deeper`);
      expect(response?.status()).toBe(404);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(locale === "zh-Hans" ? "找不到这个页面" : "找不到這個頁面");
      await expect(page.locator("body")).not.toContainText(/This page could not be found|Error:|at \w+ \(/);
      await expectNoAxeViolations(page);
    });
  }

  test("a path without locale keeps its rest when redirected", async ({ request }) => {
    const response = await request.get("/guide?x=1", { maxRedirects: 0, headers: { "Accept-Language": "zh-CN" } });
    expect(response.status()).toBe(307);
    expect(response.headers()["location"]).toMatch(/\/zh-Hans\/guide\?x=1$/);
  });
});
