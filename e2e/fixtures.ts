import AxeBuilder from "@axe-core/playwright";
import { test as base, expect, type Page } from "@playwright/test";
import * as OpenCC from "opencc-js";

/**
 * Shared e2e fixtures. Every test fails if the page requested anything from another origin
 * (no fonts, CDNs or analytics may ever be fetched) or logged a page error.
 */
export const test = base.extend<{ offsiteGuard: void }>({
  offsiteGuard: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL ?? "http://127.0.0.1").origin;
      const offsite: string[] = [];
      page.on("request", (request) => {
        const url = request.url();
        if (url.startsWith("data:") || url.startsWith("blob:") || url.startsWith("about:")) return;
        if (new URL(url).origin !== origin) offsite.push(url);
      });
      await use();
      expect(offsite, "requests that left the origin").toEqual([]);
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

const toTraditional = OpenCC.Converter({ from: "cn", to: "tw" });
// Characters that are valid Traditional in common words although OpenCC may map them (same list as the message check).
const VALID_IN_BOTH = new Set("台干了占采周只里志游系制表面准冲");

/** Characters on a zh-Hant page that are Simplified-only (outside elements marked lang="zh-Hans"). */
export async function simplifiedCharactersOnPage(page: Page): Promise<string[]> {
  const text = await page.evaluate(() => {
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
  const before = [...text];
  const after = [...toTraditional(text)];
  return before.filter((c, i) => c !== after[i] && !VALID_IN_BOTH.has(c));
}

/** Pinyin-with-tone-marks in brackets, as left by bad machine conversion (e.g. 導(dǎo)). */
export async function pinyinArtefactsOnPage(page: Page): Promise<string[]> {
  const text = await page.locator("body").innerText();
  return text.match(/\([a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü][a-zA-Zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*\)/g) ?? [];
}

/** Expects a zh-Hant page to be real Traditional Chinese. */
export async function expectTraditional(page: Page) {
  expect(await simplifiedCharactersOnPage(page), "Simplified-only characters on a zh-Hant page").toEqual([]);
  expect(await pinyinArtefactsOnPage(page), "pinyin artefacts").toEqual([]);
}

export const LOCALES = ["zh-Hans", "zh-Hant"] as const;
