import { sources } from "../lib/sources";
import { expect, LOCALES, test } from "./fixtures";

test.describe.configure({ timeout: 90_000 });

const PAGES = [
  "/guide/door",
  "/guide/rights",
  "/guide/negotiate",
  "/guide/legal-check?i=nightCalls&i=manyCalls&i=thirdParties&i=threats&i=fakePapers&i=wouldNotLeave&i=attemptedEntry&i=infoPosted&i=personalAccount&i=noNotice&k=unknown",
  "/guide/scams",
];

test.describe("citations", () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of LOCALES) {
    test(`${locale}: every cited source is on the sources page with a date`, async ({ page }) => {
      await page.goto(`/${locale}/guide/sources`);
      const listed = new Map<string, string>();
      for (const item of await page.locator("li[id^='src-']").all()) {
        const id = (await item.getAttribute("id")) ?? "";
        listed.set(id, (await item.locator("time").first().getAttribute("datetime")) ?? "");
      }
      // The list is the product's one source list, every entry dated.
      expect([...listed.keys()].sort()).toEqual(sources.map((s) => `src-${s.id}`).sort());
      for (const [id, date] of listed) expect(date, id).toMatch(/^\d{4}(-\d{2}(-\d{2})?)?$/);

      let cited = 0;
      for (const path of PAGES) {
        await page.goto(`/${locale}${path}`);
        const hrefs = await page.locator(`a[href^='/${locale}/guide/sources#']`).evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
        expect(hrefs.length, `${path} cites its sources`).toBeGreaterThan(0);
        for (const href of hrefs) {
          const anchor = href.split("#")[1] ?? "";
          expect(listed.has(anchor), `${path} cites ${anchor}, missing from the sources page`).toBe(true);
          expect(listed.get(anchor), `${anchor} has no date`).toBeTruthy();
          cited += 1;
        }
      }
      expect(cited).toBeGreaterThan(30);
    });
  }
});
