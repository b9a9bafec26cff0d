import type { Page } from "@playwright/test";
import { expect, expectNoAxeViolations, LOCALES, test } from "./fixtures";

test.describe.configure({ timeout: 60_000 });

const LIMIT = 20 * 1024;

/** Bytes on the wire (encoded body + headers) for everything the page loads, its service worker's fetches included. */
function measureTransfer(page: Page) {
  const responses: Promise<{ url: string; bytes: number }>[] = [];
  page.context().on("requestfinished", (request) => {
    // A negative body size marks an answer from the HTTP cache: nothing crossed the network.
    responses.push(
      request.sizes().then((s) => ({ url: request.url(), bytes: s.responseBodySize < 0 ? 0 : s.responseBodySize + s.responseHeadersSize })),
    );
  });
  return async () => {
    const all = await Promise.all(responses);
    return { total: all.reduce((sum, r) => sum + r.bytes, 0), urls: all.map((r) => r.url) };
  };
}

test.describe("door screen", () => {
  for (const locale of LOCALES) {
    test(`${locale}: under 20 KB transferred with JavaScript, no framework code`, async ({ page }) => {
      const measured = measureTransfer(page);
      await page.goto(`/${locale}/guide/door`);
      // First visit: the page, the worker script and the worker caching both scripts' pages.
      await expect
        .poll(() => page.evaluate(async () => (await caches.open("door-v1")).keys().then((k) => k.length)), { timeout: 20_000 })
        .toBe(2);
      await page.waitForLoadState("networkidle");
      const { total, urls } = await measured();
      test.info().annotations.push({ type: "transferred", description: `${total} bytes (${urls.length} requests)` });
      expect(urls.filter((u) => u.includes("/_next/"))).toEqual([]);
      expect(total).toBeLessThan(LIMIT);
    });
  }

  test.describe("without JavaScript", () => {
    test.use({ javaScriptEnabled: false });

    test("is one small document that says what to do", async ({ page }) => {
      const measured = measureTransfer(page);
      const response = await page.goto("/zh-Hans/guide/door");
      const { total, urls } = await measured();
      test.info().annotations.push({ type: "transferred", description: `${total} bytes` });
      expect(urls).toHaveLength(1);
      expect(total).toBeLessThan(LIMIT);

      const headers = response?.headers() ?? {};
      expect(headers["cache-control"]).toMatch(/^public/);
      expect(headers["content-security-policy"]).toContain("frame-ancestors 'none'");
      expect(headers["x-content-type-options"]).toBe("nosniff");
      expect(headers["referrer-policy"]).toBe("no-referrer");
      expect(headers["set-cookie"]).toBeUndefined();

      const main = page.getByRole("main");
      await expect(main).toContainText("你不必开门");
      await expect(main).toContainText("委托书");
      await expect(main).toContainText("录音或录像");
      await expect(main).toContainText("没有你的同意进入你的家");
      await expect(main).toContainText("你请他们离开后仍然不走");
      // Someone else at the door, or a visit elsewhere.
      await expect(main).toContainText("父母、配偶或其他家人开门");
      await expect(main).toContainText("不能向家人透露你的欠款");
      await expect(main).toContainText("不必签任何东西");
      await expect(main).toContainText("到你的单位找你");
      await expect(main).toContainText("到户籍地或父母家");
      await expect(page.getByRole("link", { name: "拨打110" })).toHaveAttribute("href", "tel:110");
      await expect(page.getByRole("link", { name: "繁體中文" })).toHaveAttribute("href", "/zh-Hant/guide/door");
      await expect(page.getByRole("link", { name: "协商还款" })).toHaveAttribute("href", "/zh-Hans/guide/negotiate");
    });
  });

  test("passes axe", async ({ page }) => {
    await page.goto("/zh-Hant/guide/door");
    await expectNoAxeViolations(page);
  });

  test("opens offline once visited, in both scripts", async ({ page, context }) => {
    await page.goto("/zh-Hans/guide/door");
    // Both scopes registered and active: the pages are cached.
    await expect
      .poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).filter((r) => r.active).length), { timeout: 20_000 })
      .toBe(2);
    await expect.poll(() => page.evaluate(async () => (await caches.open("door-v1")).keys().then((k) => k.length))).toBe(2);
    await context.setOffline(true);
    await page.goto("/zh-Hant/guide/door");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("有人上門催收？先別開門");
    await page.goto("/zh-Hans/guide/door");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("有人上门催收？先别开门");
    await context.setOffline(false);
  });
});
