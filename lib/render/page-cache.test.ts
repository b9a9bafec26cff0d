import { describe, expect, it, vi } from "vitest";
import { stubBuild } from "@/lib/testing/stub-build";
import { cachedPage, PageCache, type CachedPage } from "./page-cache";

// A tiny asset build in a temporary directory, so the real routes render without the build or a server.
stubBuild("page-cache");

const page = (bytes: number): CachedPage => ({ status: 200, headers: [], body: new Uint8Array(bytes) });

async function snapshot(response: Response) {
  return { status: response.status, headers: [...response.headers.entries()], body: Buffer.from(await response.arrayBuffer()).toString("base64") };
}

describe("PageCache bounds", () => {
  it("drops the least recently used entry past the entry cap", () => {
    const cache = new PageCache({ maxEntries: 2, maxBytes: 1000 });
    cache.set("a", page(1));
    cache.set("b", page(1));
    cache.get("a"); // a is now the most recently used
    cache.set("c", page(1));
    expect(cache.get("b")).toBeUndefined();
    expect(cache.get("a")).toBeDefined();
    expect(cache.get("c")).toBeDefined();
    expect(cache.size).toBe(2);
  });

  it("keeps the total size under the byte cap and refuses a page larger than the cap", () => {
    const cache = new PageCache({ maxEntries: 100, maxBytes: 100 });
    for (let i = 0; i < 10; i += 1) cache.set(`k${i}`, page(30));
    expect(cache.totalBytes).toBeLessThanOrEqual(100);
    expect(cache.size).toBe(3);
    cache.set("huge", page(101));
    expect(cache.get("huge")).toBeUndefined();
    cache.set("k9", page(10)); // replacing an entry counts its new size only
    expect(cache.totalBytes).toBe(70);
  });
});

describe("cachedPage", () => {
  const publicPage = (text: string, init: ResponseInit = {}) =>
    new Response(text, { status: 200, headers: { "Cache-Control": "public, max-age=300" }, ...init });

  it("renders once for repeated GETs of one URL and answers the same status, headers and bytes", async () => {
    const cache = new PageCache();
    const render = vi.fn(async () => publicPage("<p>one</p>"));
    const request = () => new Request("http://127.0.0.1/zh-Hans/guide?x=1");
    const first = await snapshot(await cachedPage(request(), "zh-Hans", render, cache));
    const second = await snapshot(await cachedPage(request(), "zh-Hans", render, cache));
    expect(render).toHaveBeenCalledTimes(1);
    expect(second).toEqual(first);
    // Another query is another page.
    await cachedPage(new Request("http://127.0.0.1/zh-Hans/guide?x=2"), "zh-Hans", render, cache);
    expect(render).toHaveBeenCalledTimes(2);
  });

  it("never keeps a POST, a conditional GET, a no-store, private, Vary or Set-Cookie answer, or a non-200", async () => {
    const cases: [Request, () => Response][] = [
      [new Request("http://127.0.0.1/zh-Hans/a", { method: "POST", body: "x=1" }), () => publicPage("a")],
      [new Request("http://127.0.0.1/zh-Hans/b", { headers: { "If-None-Match": '"x"' } }), () => publicPage("b")],
      [new Request("http://127.0.0.1/zh-Hans/c"), () => publicPage("c", { headers: { "Cache-Control": "no-store" } })],
      [new Request("http://127.0.0.1/zh-Hans/d"), () => publicPage("d", { headers: { "Cache-Control": "private, max-age=60" } })],
      [new Request("http://127.0.0.1/zh-Hans/e"), () => publicPage("e", { headers: { "Cache-Control": "public", "Set-Cookie": "a=b" } })],
      [new Request("http://127.0.0.1/zh-Hans/f"), () => publicPage("f", { status: 404 })],
      [new Request("http://127.0.0.1/zh-Hans/g"), () => publicPage("g", { headers: { "Cache-Control": "public", Vary: "Accept-Language" } })],
    ];
    for (const [request, make] of cases) {
      const cache = new PageCache();
      const render = vi.fn(async () => make());
      await cachedPage(request.clone(), "zh-Hans", render, cache);
      await cachedPage(request.clone(), "zh-Hans", render, cache);
      expect(render, request.url).toHaveBeenCalledTimes(2);
      expect(cache.size, request.url).toBe(0);
    }
  });
});

describe("real pages with and without the cache", () => {
  const routes: [string, string][] = [
    ["/zh-Hans/result?lender=haier&days=45&amount=20000&contact=ignoring", "@/app/[locale]/result/route"],
    ["/zh-Hant/result?days=45&contact=unreachable&amount=300&lender=weilidai&zz=<b>", "@/app/[locale]/result/route"],
    ["/zh-Hans/verdict?level=high&phase=in&from=31&to=90", "@/app/[locale]/verdict/route"],
    ["/zh-Hant/guide/rights", "@/app/[locale]/guide/rights/route"],
    ["/zh-Hans/guide/door", "@/app/[locale]/guide/door/route"],
    ["/zh-Hans", "@/app/[locale]/route"],
  ];

  it.each(routes)("%s: the cached answer is byte-identical to a fresh render", async (url, module) => {
    const { GET } = (await import(/* @vite-ignore */ module)) as {
      GET: (request: Request, context: { params: Promise<{ locale: string }> }) => Promise<Response>;
    };
    const locale = new URL(url, "http://x").pathname.split("/")[1] ?? "";
    const get = async () => snapshot(await GET(new Request(`http://127.0.0.1${url}`), { params: Promise.resolve({ locale }) }));
    vi.stubEnv("PAGE_CACHE", "off");
    const uncached = await get();
    vi.stubEnv("PAGE_CACHE", "on");
    const miss = await get();
    const hit = await get();
    expect(uncached.status).toBe(200);
    expect(miss).toEqual(uncached);
    expect(hit).toEqual(uncached);
  });
});
