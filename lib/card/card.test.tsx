import fs from "node:fs";
import net from "node:net";
import path from "node:path";
import tls from "node:tls";
import fc from "fast-check";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { DAYS_MAX } from "@/lib/answers";
import { routing } from "@/lib/i18n/routing";
import { LEVELS } from "@/lib/rules";
import { pngSize } from "@/lib/testing/png";
import list from "./fonts/fonts.json";
import { fontCodePoints } from "./font-cmap";
import { CARD_ETAG, CARD_IMMUTABLE, CARD_UNVERSIONED, cardResponse, parseCardRequest } from "./card-response";
import { CARD_VERSION, cardGlyphSource, cardPath, cardText } from "./card-text";

const covered = Object.fromEntries(
  routing.locales.map((locale) => {
    const points = new Set<number>();
    for (const file of list[locale]) for (const p of fontCodePoints(fs.readFileSync(path.join(__dirname, "fonts", file)))) points.add(p);
    return [locale, points];
  }),
);
const outside = (locale: (typeof routing.locales)[number], text: string) => [...text].filter((c) => !covered[locale]?.has(c.codePointAt(0) ?? -1));

describe("card font subsets", () => {
  it.each(routing.locales)("%s: hold every character the card's words can contain (rerun scripts/make-card-fonts.ts)", (locale) => {
    expect(outside(locale, cardGlyphSource(locale))).toEqual([]);
  });

  it("hold every character of every real card, in both scripts, for any window and any address", () => {
    const verdict = fc.record({ level: fc.constantFrom(...LEVELS), a: fc.integer({ min: 0, max: DAYS_MAX }), b: fc.integer({ min: 0, max: DAYS_MAX }) });
    const host = fc.domain();
    fc.assert(
      fc.property(fc.constantFrom(...routing.locales), verdict, host, (locale, { level, a, b }, domain) => {
        const text = cardText(locale, { level, from: Math.min(a, b), to: Math.max(a, b) }, `https://${domain}:8443`);
        expect(outside(locale, Object.values(text).join(""))).toEqual([]);
      }),
    );
  });

  it("are not a whole font: a character no card shows is left out", () => {
    expect(outside("zh-Hans", "龘")).toEqual(["龘"]);
  });
});

describe("card request", () => {
  it("reads level and window from the path", () => {
    expect(parseCardRequest("zh-Hant", "high", "31-180.png")).toEqual({ ok: true, locale: "zh-Hant", verdict: { level: "high", from: 31, to: 180 } });
    expect(cardPath("zh-Hans", { level: "low", from: 0, to: 0 })).toBe("/zh-Hans/card/low/0-0.png");
  });

  it.each([
    ["en", "high", "1-2.png", 404],
    ["zh-Hans", "extreme", "1-2.png", 404],
    ["zh-Hans", "high", "1-2.jpg", 404],
    ["zh-Hans", "high", "1-2", 404],
    ["zh-Hans", "high", "-1-2.png", 404],
    ["zh-Hans", "high", "1-99999.png", 404],
    ["zh-Hans", "high", "9-2.png", 400],
    ["zh-Hans", "high", "1-9999.png", 400],
  ])("%s/%s/%s is %i", (locale, level, range, status) => {
    expect(parseCardRequest(locale, level, range)).toEqual({ ok: false, status });
  });
});

describe("card image with the network blocked", () => {
  const attempts: string[] = [];
  beforeEach(() => {
    attempts.length = 0;
    // next/og asks fetch for fonts of missing glyphs (and emoji); undici and any other client end in net/tls.connect.
    // next/og loads its own wasm from a data: URL (no network); anything else is an attempt to go out.
    const realFetch = globalThis.fetch;
    vi.spyOn(globalThis, "fetch").mockImplementation(async (input, init) => {
      if (String(input).startsWith("data:")) return realFetch(input, init);
      attempts.push(`fetch ${String(input).slice(0, 100)}`);
      throw new Error("network blocked in this test");
    });
    for (const mod of [net, tls] as const) {
      vi.spyOn(mod, "connect").mockImplementation(((...args: unknown[]) => {
        attempts.push(`connect ${JSON.stringify(args[0]).slice(0, 100)}`);
        throw new Error("network blocked in this test");
      }) as typeof net.connect);
    }
  });
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it.each(routing.locales)("%s: every level renders as a 1200×630 PNG without a network request", async (locale) => {
    for (const level of LEVELS) {
      for (const range of ["0-0.png", "31-180.png", "1000-3650.png"]) {
        const response = await cardResponse(new Request(`http://localhost/${locale}/card/${level}/${range}`), locale, level, range);
        expect(response.status).toBe(200);
        expect(response.headers.get("content-type")).toBe("image/png");
        expect(pngSize(new Uint8Array(await response.arrayBuffer()))).toEqual({ width: 1200, height: 630 });
      }
    }
    expect(attempts).toEqual([]);
  }, 60_000);

  it("a glyph outside the subset would have gone to the network: the guard sees it", async () => {
    const { ImageResponse } = await import("next/og");
    const { cardFonts } = await import("./card-fonts");
    const image = new ImageResponse(<div style={{ display: "flex", fontSize: 40 }}>龘</div>, { width: 100, height: 100, fonts: cardFonts("zh-Hans") });
    await image.arrayBuffer().catch(() => undefined);
    expect(attempts.length).toBeGreaterThan(0);
  }, 30_000);

  it("caches the current version for a year, anything else for a day, and answers 304 to its ETag", async () => {
    const versioned = await cardResponse(new Request(`http://localhost/zh-Hans/card/high/31-180.png?v=${CARD_VERSION}`), "zh-Hans", "high", "31-180.png");
    expect(versioned.headers.get("cache-control")).toBe(CARD_IMMUTABLE);
    expect(versioned.headers.get("etag")).toBe(CARD_ETAG);
    const old = await cardResponse(new Request("http://localhost/zh-Hans/card/high/31-180.png?v=old"), "zh-Hans", "high", "31-180.png");
    expect(old.headers.get("cache-control")).toBe(CARD_UNVERSIONED);
    const revalidated = await cardResponse(
      new Request("http://localhost/zh-Hans/card/high/31-180.png", { headers: { "If-None-Match": CARD_ETAG } }),
      "zh-Hans",
      "high",
      "31-180.png",
    );
    expect(revalidated.status).toBe(304);
  }, 30_000);
});
