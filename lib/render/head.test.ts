import { describe, expect, it } from "vitest";
import { pageHead } from "./head";

const ORIGIN = "https://example.org";

describe("pageHead", () => {
  it("builds absolute canonical and hreflang (both scripts and x-default) from the origin", () => {
    const head = pageHead({ locale: "zh-Hant", path: "/guide/scams", title: "防騙", description: "d" }, ORIGIN, "上門催收評估");
    expect(head.canonical).toBe("https://example.org/zh-Hant/guide/scams");
    expect(head.alternates).toEqual([
      { hrefLang: "zh-Hans", href: "https://example.org/zh-Hans/guide/scams" },
      { hrefLang: "zh-Hant", href: "https://example.org/zh-Hant/guide/scams" },
      { hrefLang: "x-default", href: "https://example.org/zh-Hans/guide/scams" },
    ]);
  });

  it("names the site in the title once, and the home page has no trailing slash", () => {
    const head = pageHead({ locale: "zh-Hans", path: "/", title: "四个问题", description: "d" }, ORIGIN, "上门催收评估");
    expect(head.title).toBe("四个问题 · 上门催收评估");
    expect(head.canonical).toBe("https://example.org/zh-Hans");
    expect(pageHead({ locale: "zh-Hans", path: "/", title: "上门催收评估", description: "d" }, ORIGIN, "上门催收评估").title).toBe(
      "上门催收评估",
    );
  });

  it("keeps only the identity query in canonical and hreflang", () => {
    const head = pageHead({ locale: "zh-Hans", path: "/result", canonicalQuery: "lender=rongyi&days=30", title: "t", description: "d" }, ORIGIN, "s");
    expect(head.canonical).toBe("https://example.org/zh-Hans/result?lender=rongyi&days=30");
    expect(head.alternates[1]?.href).toBe("https://example.org/zh-Hant/result?lender=rongyi&days=30");
  });

  it("carries og and twitter tags, og:url equal to canonical, and the other script as og:locale:alternate", () => {
    const head = pageHead({ locale: "zh-Hans", path: "/guide", title: "权利指南", description: "说明", robots: "noindex" }, ORIGIN, "站名");
    const meta = Object.fromEntries(head.meta.map((m) => [m.property ?? m.name, m.content]));
    expect(meta).toMatchObject({
      "og:title": "权利指南",
      "og:description": "说明",
      "og:url": head.canonical,
      "og:site_name": "站名",
      "og:locale": "zh_CN",
      "og:locale:alternate": "zh_HK",
      "twitter:card": "summary",
    });
    expect(head.robots).toBe("noindex");
  });

  it("with a card: og:image with its size and alt, a large twitter card; with oEmbed: the discovery link", () => {
    const image = { url: "https://example.org/zh-Hans/card/high/31-180.png?v=abc", width: 1200, height: 630, alt: "a" };
    const oembed = { href: "https://example.org/oembed?url=x&format=json", title: "w" };
    const head = pageHead({ locale: "zh-Hans", path: "/verdict", title: "t", description: "d", image, oembed }, ORIGIN, "s");
    const meta = Object.fromEntries(head.meta.map((m) => [m.property ?? m.name, m.content]));
    expect(meta).toMatchObject({
      "og:image": image.url,
      "og:image:width": "1200",
      "og:image:height": "630",
      "og:image:alt": "a",
      "twitter:card": "summary_large_image",
      "twitter:image": image.url,
    });
    expect(head.links).toEqual([{ rel: "alternate", type: "application/json+oembed", href: oembed.href, title: "w" }]);
    const plain = pageHead({ locale: "zh-Hans", path: "/guide", title: "t", description: "d" }, ORIGIN, "s");
    expect(plain.meta.some((m) => m.property === "og:image")).toBe(false);
    expect(plain.links).toEqual([]);
  });
});
