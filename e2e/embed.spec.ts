import { expect, test as base, type Page } from "@playwright/test";
import { expectNoAxeViolations, LOCALES, test } from "./fixtures";
import { SECRET, startWordPressHost } from "./wordpress-host";

interface HostMessage {
  message: "height" | "link";
  value: number | string;
  secret: string;
  applied?: number;
}
const messages = (page: Page) => page.evaluate(() => (window as unknown as { embedMessages: HostMessage[] }).embedMessages);

const FORM = {
  "zh-Hans": { lender: "钱是向哪家机构借的？", days: "已经逾期多少天？", amount: "逾期欠款大约多少元？", contact: "没有回应", submit: "查看估计", full: "看完整结果和应对办法" },
  "zh-Hant": { lender: "錢是向哪家機構借的？", days: "已經逾期多少天？", amount: "逾期欠款大約多少元？", contact: "沒有回應", submit: "查看估計", full: "看完整結果和應對辦法" },
} as const;

// The host page is another origin on purpose: this journey checks its requests itself instead of the shared guard.
base.describe("embedded the way WordPress does", () => {
  for (const locale of LOCALES) {
    base(`${locale}: the widget posts its height with the secret, is filled in through the island, and opens the full result in the top window`, async ({ page, baseURL }) => {
      const app = new URL(baseURL ?? "").origin;
      const host = await startWordPressHost(`${app}/${locale}/embed`, LOCALES.indexOf(locale));
      const strangers: string[] = [];
      const errors: string[] = [];
      page.on("request", (r) => {
        const origin = new URL(r.url()).origin;
        if (origin !== app && origin !== host.origin && !r.url().startsWith("data:")) strangers.push(r.url());
      });
      page.on("pageerror", (e) => errors.push(e.message));
      page.on("console", (m) => {
        if (m.type() === "error") errors.push(m.text());
      });
      try {
        await page.goto(host.origin);
        const iframe = page.locator("iframe.wp-embedded-content");
        // Before any message the frame is clipped out of sight and the blockquote shows; the first message reveals the frame.
        await expect.poll(async () => (await messages(page)).filter((m) => m.message === "height").length).toBeGreaterThan(0);
        const first = (await messages(page)).filter((m) => m.message === "height");
        expect(first.every((m) => m.secret === SECRET)).toBe(true);
        await expect(page.locator("blockquote.wp-embedded-content")).toBeHidden();
        await expect(iframe).toBeVisible();
        const before = first.at(-1);
        expect(Number(await iframe.getAttribute("height"))).toBe(before?.applied);

        // Fill in the compact form inside the sandbox (no allow-forms: the island submits it).
        const frame = page.frameLocator("iframe.wp-embedded-content");
        const words = FORM[locale];
        await frame.getByRole("combobox", { name: words.lender }).selectOption("haier");
        await frame.getByRole("textbox", { name: words.days }).fill("45");
        await frame.getByRole("textbox", { name: words.amount }).fill("20000");
        await frame.getByRole("radio", { name: words.contact }).check();
        const count = (await messages(page)).length;
        await frame.getByRole("button", { name: words.submit }).click();

        const full = frame.getByRole("link", { name: words.full });
        await expect(full).toBeVisible();
        const frameUrl = page.frames().find((f) => f.url().includes("/embed/result"))?.url() ?? "";
        expect(frameUrl).toContain(`/${locale}/embed/result?lender=haier&days=45&amount=20000&contact=ignoring#?secret=${SECRET}`);
        // The result page, a new document, talks to the parent with the same secret, and the frame takes its height.
        await expect.poll(async () => (await messages(page)).slice(count).filter((m) => m.message === "height").length).toBeGreaterThan(0);
        const after = (await messages(page)).slice(count).filter((m) => m.message === "height");
        expect(after.every((m) => m.secret === SECRET)).toBe(true);
        const last = after.at(-1);
        expect(last?.applied).toBe(Math.min(1000, Math.max(200, Number(last?.value))));
        await expect(iframe).toHaveAttribute("height", String(last?.applied));
        expect(last?.value).not.toBe(before?.value);

        // A full-site link: the sandbox cannot navigate the top window, the parent does it on the "link" message.
        await full.click();
        await page.waitForURL(`${app}/${locale}/result?lender=haier&days=45&amount=20000&contact=ignoring`);
        expect((await page.evaluate(() => document.title)).length).toBeGreaterThan(0);
        expect(strangers).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await host.close();
      }
    });
  }
});

test.describe("embed pages", () => {
  for (const locale of LOCALES) {
    test(`${locale}: only embed pages may be framed, and they load nothing framework`, async ({ request }) => {
      for (const path of ["/embed", "/embed/result?lender=haier&days=45&amount=20000&contact=ignoring", "/embed/verdict?level=high&phase=in&from=31&to=180"]) {
        const response = await request.get(`/${locale}${path}`);
        expect(response.status(), path).toBe(200);
        expect(response.headers()["content-security-policy"], path).toContain("frame-ancestors *");
        expect(response.headers()["x-frame-options"], path).toBeUndefined();
        const html = await response.text();
        expect(html).toContain('<meta name="robots" content="noindex, nofollow"/>');
        expect([...html.matchAll(/<script[^>]*src="([^"]+)"/g)].map((m) => m[1])).toEqual([expect.stringMatching(/^\/assets\/embed-frame\.\w+\.js$/)]);
      }
      for (const path of ["", "/share", "/result?lender=haier&days=45&amount=20000&contact=ignoring", "/verdict?level=high&phase=in&from=31&to=180", "/guide/door"]) {
        const response = await request.get(`/${locale}${path}`);
        expect(response.headers()["content-security-policy"], path || "/").toContain("frame-ancestors 'none'");
      }
    });

    test(`${locale}: the embed's script may be loaded from an opaque origin`, async ({ request }) => {
      const html = await (await request.get(`/${locale}/embed`)).text();
      const src = /src="(\/assets\/embed-frame\.\w+\.js)"/.exec(html)?.[1] ?? "";
      const script = await request.get(src);
      expect(script.headers()["access-control-allow-origin"]).toBe("*");
      expect(script.headers()["cross-origin-resource-policy"]).toBe("cross-origin");
    });

    test(`${locale}: embed pages pass axe`, async ({ page }) => {
      // Four pages through axe in one test: more than the default time on a busy machine.
      test.slow();
      for (const path of ["/embed", "/embed/result?lender=haier&days=45&amount=20000&contact=ignoring", "/embed/verdict?level=high&phase=in&from=31&to=180", "/embed/result?days=x"]) {
        await page.goto(`/${locale}${path}`);
        await expectNoAxeViolations(page);
      }
    });
  }
});

test.describe("embed without JavaScript, outside a frame", () => {
  test.use({ javaScriptEnabled: false });

  test("a plain GET form to the compact result, plain links", async ({ page }) => {
    await page.goto("/zh-Hans/embed");
    const words = FORM["zh-Hans"];
    await page.getByRole("combobox", { name: words.lender }).selectOption("weilidai");
    await page.getByRole("textbox", { name: words.days }).fill("30");
    await page.getByRole("textbox", { name: words.amount }).fill("5000");
    await page.getByRole("radio", { name: words.contact }).check();
    await page.getByRole("button", { name: words.submit }).click();
    await expect(page).toHaveURL(/\/zh-Hans\/embed\/result\?lender=weilidai&days=30&amount=5000&contact=ignoring$/);
    await page.getByRole("link", { name: words.full }).click();
    await expect(page).toHaveURL(/\/zh-Hans\/result\?lender=weilidai&days=30&amount=5000&contact=ignoring$/);
  });
});
