import { describe, expect, it } from "vitest";
import { robotsTxt, sitemapXml } from "./sitemap";

describe("sitemap and robots", () => {
  it("lists the questionnaire and guide pages in both scripts with alternates, no result pages", () => {
    const xml = sitemapXml("https://example.org", "2026-11-25");
    expect(xml).toContain("<loc>https://example.org/zh-Hans</loc>");
    expect(xml).toContain("<loc>https://example.org/zh-Hant/guide/door</loc>");
    expect(xml).toContain('<xhtml:link rel="alternate" hreflang="x-default" href="https://example.org/zh-Hans/guide/scams"/>');
    expect(xml).not.toMatch(/result|verdict/);
    expect(xml.match(/<url>/g)).toHaveLength(20);
    expect(xml).toContain("<loc>https://example.org/zh-Hant/share</loc>");
    expect(xml).not.toContain("/embed");
    expect(xml).toContain("<loc>https://example.org/zh-Hant/guide/message-check</loc>");
  });

  it("robots.txt names the sitemap at the configured origin", () => {
    expect(robotsTxt("https://example.org")).toContain("Sitemap: https://example.org/sitemap.xml");
  });
});
