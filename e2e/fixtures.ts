import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import { hantProblems } from "../lib/testing/chinese-script";

/**
 * Shared e2e fixtures. Every test fails if the page requested anything from another origin
 * (no fonts, CDNs or analytics may ever be fetched) or threw an uncaught error.
 */
export const test = base.extend<{ offsiteGuard: void }>({
  offsiteGuard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? "http://127.0.0.1").origin;
      const offsite: string[] = [];
      const pageErrors: string[] = [];
      page.on("pageerror", (error) => pageErrors.push(error.message));
      page.on("request", (request) => {
        const url = request.url();
        if (url.startsWith("data:") || url.startsWith("blob:") || url.startsWith("about:")) return;
        if (new URL(url).origin !== origin) offsite.push(url);
      });
      await use();
      expect(offsite, "requests that left the origin").toEqual([]);
      expect(pageErrors, "uncaught errors in the page").toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/** axe-core over the whole page, WCAG 2.1 A/AA and best practices: 0 violations expected. Needs JavaScript on. */
export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"]).analyze();
  const summary = results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
  expect(summary, "axe violations").toEqual([]);
}

/** The text a reader of a zh-Hant page sees (body, title, description, og tags), minus parts marked lang="zh-Hans". */
async function traditionalText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const parts: string[] = [];
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest("script,style,noscript,[lang='zh-Hans']")) continue;
      parts.push(node.textContent ?? "");
    }
    parts.push(document.title);
    for (const meta of document.querySelectorAll("meta[name=description],meta[property^='og:']")) {
      parts.push(meta.getAttribute("content") ?? "");
    }
    return parts.join("\n");
  });
}

/** Expects a zh-Hant page to be real Traditional Chinese: no Simplified-only characters, no pinyin in brackets. */
export async function expectTraditional(page: Page) {
  expect(hantProblems(await traditionalText(page)), "zh-Hant page text").toEqual([]);
}

export const LOCALES = ["zh-Hans", "zh-Hant"] as const;
