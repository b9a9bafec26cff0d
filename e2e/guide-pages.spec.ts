import { CONTENT_CHECKED } from "../lib/content/checked";
import { formatIsoDate } from "../lib/i18n/dates";
import { expect, expectNoAxeViolations, expectTraditional, LOCALES, test } from "./fixtures";
import { gotoServerHtmlOnly } from "./guide-helpers";

test.describe.configure({ timeout: 60_000 });

/** Every guide page, its localized h1, and whether it has the site frame (header, footer, door banner). */
const PAGES = [
  { path: "/guide", h1: { "zh-Hans": "权利指南", "zh-Hant": "權利指南" }, site: true },
  { path: "/guide/door", h1: { "zh-Hans": "有人上门催收？先别开门", "zh-Hant": "有人上門催收？先別開門" }, site: false },
  { path: "/guide/rights", h1: { "zh-Hans": "催收中你的权利", "zh-Hant": "催收中你的權利" }, site: true },
  { path: "/guide/message-check", h1: { "zh-Hans": "这条催收消息是真的吗？", "zh-Hant": "這條催收消息是真的嗎？" }, site: true },
  { path: "/guide/negotiate", h1: { "zh-Hans": "协商还款", "zh-Hant": "協商還款" }, site: true },
  { path: "/guide/legal-check", h1: { "zh-Hans": "这样催收合法吗？", "zh-Hant": "這樣催收合法嗎？" }, site: true },
  { path: "/guide/scams", h1: { "zh-Hans": "防骗：逾期后常见的四种骗局", "zh-Hant": "防騙：逾期後常見的四種騙局" }, site: true },
  { path: "/guide/sources", h1: { "zh-Hans": "资料来源", "zh-Hant": "資料來源" }, site: true },
] as const;

const CHECKED = CONTENT_CHECKED;
const DOOR_LINK = { "zh-Hans": "先看门口应对指南", "zh-Hant": "先看門口應對指南" } as const;
const SWITCH = { "zh-Hans": "繁體中文", "zh-Hant": "简体中文" } as const;

test.describe("guide pages without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of LOCALES) {
    for (const page of PAGES) {
      test(`${locale}${page.path} renders, is accessible and dated`, async ({ page: tab }) => {
        const response = await tab.goto(`/${locale}${page.path}`);
        expect(response?.status()).toBe(200);
        await expect(tab.locator("html")).toHaveAttribute("lang", locale);
        await expect(tab.getByRole("heading", { level: 1, name: page.h1[locale] })).toBeVisible();
        // The date as people write it (2026年12月1日), never the ISO form.
        await expect(tab.getByRole("main")).toContainText(formatIsoDate(CHECKED, locale));
        await expect(tab.getByRole("main")).not.toContainText(CHECKED);
        for (const alt of LOCALES) {
          await expect(tab.locator(`link[rel=alternate][hreflang=${alt}]`)).toHaveAttribute("href", new RegExp(`/${alt}${page.path}$`));
        }
        // The language switch keeps the page.
        const other = locale === "zh-Hans" ? "zh-Hant" : "zh-Hans";
        await expect(tab.getByRole("link", { name: SWITCH[locale] })).toHaveAttribute("href", `/${other}${page.path}`);
        if (page.site) {
          // One tap to the door screen from every guide page.
          await expect(tab.getByRole("link", { name: DOOR_LINK[locale] })).toHaveAttribute("href", `/${locale}/guide/door`);
        }
        if (locale === "zh-Hant") await expectTraditional(tab);
        await tab.screenshot({ path: `e2e-output/screenshots/guide-${locale}${page.path.replaceAll("/", "-")}.png`, fullPage: true });
      });
    }
  }
});

test.describe("guide pages as served (no scripts run)", () => {
  for (const locale of LOCALES) {
    for (const page of PAGES) {
      test(`${locale}${page.path} server HTML passes axe`, async ({ page: tab }) => {
        const response = await gotoServerHtmlOnly(tab, `/${locale}${page.path}`);
        expect(response?.status()).toBe(200);
        expect(await tab.locator("script").count()).toBe(0);
        await expect(tab.getByRole("heading", { level: 1, name: page.h1[locale] })).toBeVisible();
        await expectNoAxeViolations(tab);
      });
    }
  }
});

test.describe("guide pages with JavaScript", () => {
  for (const locale of LOCALES) {
    for (const page of PAGES) {
      test(`${locale}${page.path} passes axe after hydration`, async ({ page: tab }) => {
        const errors: string[] = [];
        tab.on("pageerror", (error) => errors.push(error.message));
        await tab.goto(`/${locale}${page.path}`);
        await expect(tab.getByRole("heading", { level: 1, name: page.h1[locale] })).toBeVisible();
        await expectNoAxeViolations(tab);
        expect(errors).toEqual([]);
      });
    }
  }
});

test("the guide index links every section", async ({ page }) => {
  await page.goto("/zh-Hans/guide");
  const nav = page.getByRole("navigation", { name: "指南栏目" });
  for (const path of ["door", "rights", "negotiate", "legal-check", "scams", "sources"]) {
    await expect(nav.locator(`a[href="/zh-Hans/guide/${path}"]`)).toHaveCount(1);
  }
  // Listed once: the "other guides" list of the section pages is not repeated on the index.
  await expect(page.getByRole("navigation", { name: "其他指南" })).toHaveCount(0);
});

test("guide pages set no cookies and send the security headers", async ({ request }) => {
  for (const page of PAGES) {
    const response = await request.get(`/zh-Hans${page.path}`);
    const headers = response.headers();
    expect(headers["set-cookie"], page.path).toBeUndefined();
    expect(headers["content-security-policy"], page.path).toContain("frame-ancestors 'none'");
    expect(headers["x-content-type-options"], page.path).toBe("nosniff");
    expect(headers["referrer-policy"], page.path).toBe("no-referrer");
  }
});

const CARD_CRIME = {
  "zh-Hans": { heading: "信用卡：什么情况下会涉及刑事责任", what: "恶意透支", only: "只涉及信用卡", safe: "主动告诉银行" },
  "zh-Hant": { heading: "信用卡：什麼情況下會涉及刑事責任", what: "惡意透支", only: "只涉及信用卡", safe: "主動告訴銀行" },
} as const;

for (const locale of LOCALES) {
  test(`${locale}: the rights page has the credit-card criminal line under its own heading, and property preservation`, async ({ page }) => {
    await page.goto(`/${locale}/guide/rights`);
    const words = CARD_CRIME[locale];
    const section = page.getByRole("region", { name: words.heading, exact: true });
    await expect(section).toBeVisible();
    await expect(section).toContainText(words.what);
    await expect(section).toContainText(words.only);
    await expect(section).toContainText(locale === "zh-Hans" ? "5万元" : "5萬元");
    await expect(section).toContainText(words.safe);
    await expect(section.locator("a[href*='#src-card-crime-interpretation-2018']").first()).toBeVisible();
    // Freezing before judgment needs a court ruling; what follows an ignored judgment.
    await expect(page.locator("#freeze")).toContainText(locale === "zh-Hans" ? "裁定书" : "裁定書");
    await expect(page.locator("#afterJudgment")).toContainText(locale === "zh-Hans" ? "失信被执行人" : "失信被執行人");
    await expect(page.locator("#sue")).toContainText("12368");
    if (locale === "zh-Hant") await expectTraditional(page);
  });
}
