import { expect, LOCALES, test } from "./fixtures";

/**
 * No request leaves the origin on any page: every page in the sitemap, plus the pages that are not indexed
 * (answers in the URL, the 404). Add a non-indexed page with one line in UNLISTED.
 */
const UNLISTED = [
  "/result?lender=haier&days=45&amount=20000&contact=ignoring",
  "/result?lender=nobody",
  "/verdict?level=high&phase=in&from=31&to=90",
  "/guide/legal-check?i=nightCalls&i=threats&k=online_platform",
  "/no-such-page",
  "/embed",
  "/embed/result?lender=haier&days=45&amount=20000&contact=ignoring",
  "/embed/verdict?level=high&phase=in&from=31&to=90",
  "/share?level=high&phase=in&from=31&to=90",
] as const;

test("every page, indexed or not, loads only from its own origin", async ({ page, request, baseURL }) => {
  test.setTimeout(120_000);
  const origin = new URL(baseURL ?? "http://127.0.0.1").origin;
  const sitemap = await (await request.get("/sitemap.xml")).text();
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] ?? "").pathname);
  expect(listed.length).toBeGreaterThanOrEqual(16);
  const pages = [...listed, ...LOCALES.flatMap((locale) => UNLISTED.map((path) => `/${locale}${path}`))];

  const requested: string[] = [];
  page.on("request", (r) => requested.push(r.url()));
  for (const path of pages) {
    const before = requested.length;
    await page.goto(path, { waitUntil: "networkidle" });
    // The document itself was requested, so the listener saw this page.
    expect(requested.slice(before).some((url) => new URL(url).pathname === path.split("?")[0]), path).toBe(true);
  }
  const offsite = requested.filter((url) => !/^(data|blob|about):/.test(url) && new URL(url).origin !== origin);
  expect(offsite).toEqual([]);
});
