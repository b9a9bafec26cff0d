import type { APIRequestContext } from "@playwright/test";
import { pngSize } from "../lib/testing/png";
import { expect, expectNoAxeViolations, expectTraditional, LOCALES, test } from "./fixtures";

const ANSWERS = "lender=haier&days=45&amount=20000&contact=ignoring";
const LENDER = { "zh-Hans": "海尔", "zh-Hant": "海爾" } as const;
const SITE = { "zh-Hans": "上门催收评估", "zh-Hant": "上門催收評估" } as const;
const WORDS = {
  "zh-Hans": { verdictLabel: "只含结论的链接", fullLabel: "完整结果的链接", copy: "复制链接", copied: "链接已复制。", qr: "只含结论的链接的二维码", qrFull: "改扫完整结果的二维码", qrFullAlt: "完整结果的链接的二维码", checkOwn: "查看估计", kit: "把这个工具放到你的博客、论坛或网站" },
  "zh-Hant": { verdictLabel: "只含結論的鏈接", fullLabel: "完整結果的鏈接", copy: "複製鏈接", copied: "鏈接已複製。", qr: "只含結論的鏈接的二維碼", qrFull: "改掃完整結果的二維碼", qrFullAlt: "完整結果的鏈接的二維碼", checkOwn: "查看估計", kit: "把這個工具放到你的博客、論壇或網站" },
} as const;

const meta = (html: string, key: string) => new RegExp(`<meta (?:property|name)="${key.replace(/[:.]/g, "\\$&")}" content="([^"]*)"`).exec(html)?.[1];
const decode = (s: string) => s.replace(/&amp;/g, "&").replace(/&quot;/g, '"');

async function expectCard(request: APIRequestContext, url: string) {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()["content-type"]).toBe("image/png");
  expect(response.headers()["cross-origin-resource-policy"]).toBe("cross-origin");
  expect(pngSize(new Uint8Array(await response.body()))).toEqual({ width: 1200, height: 630 });
  return response;
}

for (const locale of LOCALES) {
  test(`${locale}: a result previews with its card (large twitter card) and names its oEmbed`, async ({ request, baseURL }) => {
    const html = await (await request.get(`/${locale}/result?${ANSWERS}`)).text();
    const image = meta(html, "og:image") ?? "";
    expect(image).toMatch(new RegExp(`^${baseURL}/${locale}/card/\\w+/\\d+-\\d+\\.png\\?v=\\w+$`));
    expect(meta(html, "og:image:width")).toBe("1200");
    expect(meta(html, "og:image:height")).toBe("630");
    expect(meta(html, "twitter:card")).toBe("summary_large_image");
    expect(meta(html, "twitter:image")).toBe(image);
    const card = await expectCard(request, image);
    expect(card.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");

    const discovery = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1] ?? "";
    const oembed = await request.get(decode(discovery));
    expect(oembed.status()).toBe(200);
    expect(oembed.headers()["access-control-allow-origin"]).toBe("*");
    const body = await oembed.json();
    expect(body).toMatchObject({ version: "1.0", type: "rich", width: 600, height: 600, thumbnail_width: 1200, thumbnail_height: 630 });
    expect(body.html).toMatch(/^<blockquote class="wp-embedded-content"><a href="[^"]+">[^<]+<\/a><\/blockquote><iframe [^>]*sandbox="allow-scripts"/);
    expect(body.html).toContain(`src="${baseURL}/${locale}/embed/result?${ANSWERS.replace(/&/g, "&amp;")}"`);
  });

  test(`${locale}: the verdict-only link, its title and its card carry no lender, days or amount`, async ({ page, request }) => {
    await page.goto(`/${locale}/result?${ANSWERS}`);
    const link = await page.getByRole("textbox", { name: WORDS[locale].verdictLabel }).inputValue();
    const url = new URL(link);
    expect(url.pathname).toBe(`/${locale}/verdict`);
    expect([...url.searchParams.keys()]).toEqual(["level", "phase", "from", "to"]);
    await page.goto(url.pathname + url.search);
    const title = await page.title();
    expect(title).toContain(SITE[locale]);
    for (const secret of [LENDER[locale], "45", "20000", "20,000"]) {
      expect(title).not.toContain(secret);
      expect(await page.locator("meta[property='og:title']").getAttribute("content")).not.toContain(secret);
      expect(await page.locator("meta[name=description]").getAttribute("content")).not.toContain(secret);
    }
    // Someone else's estimate, with the way to one's own.
    await expect(page.getByRole("main")).toContainText(locale === "zh-Hans" ? "这是别人分享给你的估计结论" : "這是別人分享給你的估計結論");
    await expect(page.getByRole("link", { name: WORDS[locale].checkOwn })).toHaveAttribute("href", `/${locale}`);
    const image = (await page.locator("meta[property='og:image']").getAttribute("content")) ?? "";
    expect(new URL(image).pathname).toMatch(new RegExp(`^/${locale}/card/(very_low|low|moderate|high|very_high)/${url.searchParams.get("from")}-${url.searchParams.get("to")}\\.png$`));
    expect(await page.locator("meta[name='twitter:card']").getAttribute("content")).toBe("summary_large_image");
    await expectCard(request, image);
    await expectNoAxeViolations(page);
    if (locale === "zh-Hant") await expectTraditional(page);
  });

  test(`${locale}: the result with its share panel passes axe`, async ({ page }) => {
    await page.goto(`/${locale}/result?${ANSWERS}`);
    await expectNoAxeViolations(page);
  });

  test(`${locale}: the share panel leads to the snippet kit with its verdict's card, and the kit passes axe`, async ({ page }) => {
    await page.goto(`/${locale}/result?${ANSWERS}`);
    await page.getByRole("link", { name: WORDS[locale].kit }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/share\\?level=\\w+&phase=\\w+&from=\\d+&to=\\d+$`));
    await expect(page.getByRole("textbox", { name: /BBCode/ })).toHaveValue(/^\[url=http[^\]]+\/verdict\?level=[^\]]+\]\[img\]http\S+\/card\/\w+\/\d+-\d+\.png\[\/img\]\[\/url\]$/);
    await expectNoAxeViolations(page);
    if (locale === "zh-Hant") await expectTraditional(page);
  });
}

test("the share panel copies the link with JavaScript", async ({ page, context, baseURL }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: baseURL });
  await page.goto(`/zh-Hans/result?${ANSWERS}`);
  const words = WORDS["zh-Hans"];
  const link = await page.getByRole("textbox", { name: words.verdictLabel }).inputValue();
  await page.getByRole("button", { name: words.copy }).first().click();
  await expect(page.getByText(words.copied)).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);
});

test("the snippet kit: codes from SITE_URL, a live preview of the widget, the page in the sitemap", async ({ page, request, baseURL }) => {
  await page.goto("/zh-Hans/share");
  await expect(page.getByRole("textbox", { name: /iframe/ })).toHaveValue(`<iframe src="${baseURL}/zh-Hans/embed" title="上门催收评估小工具" width="100%" height="720" style="max-width:600px;border:0" loading="lazy"></iframe>`);
  await expect(page.getByRole("textbox", { name: /WordPress/ })).toHaveValue(`${baseURL}/zh-Hans/embed`);
  await expect(page.getByRole("textbox", { name: /BBCode/ })).toHaveValue(`[url=${baseURL}/zh-Hans]上门催收评估：四个问题估一估[/url]`);
  const preview = page.frameLocator("iframe[title='上门催收评估小工具']").first();
  await expect(preview.getByRole("button", { name: "查看估计" })).toBeVisible();
  // WordPress finds the widget by the oEmbed link on the URL pasted into it.
  const embedHtml = await (await request.get("/zh-Hans/embed")).text();
  const discovery = decode(/type="application\/json\+oembed" href="([^"]+)"/.exec(embedHtml)?.[1] ?? "");
  expect((await (await request.get(discovery)).json()).html).toContain(`src="${baseURL}/zh-Hans/embed"`);
  expect(await (await request.get("/sitemap.xml")).text()).toContain(`<loc>${baseURL}/zh-Hant/share</loc>`);
});

test("oEmbed answers for this site's pages only", async ({ request, baseURL }) => {
  const ask = (url: string, format = "json") => request.get(`/oembed?url=${encodeURIComponent(url)}&format=${format}`);
  const verdict = await ask(`${baseURL}/zh-Hant/verdict?level=high&phase=in&from=31&to=180`);
  expect(verdict.status()).toBe(200);
  expect(verdict.headers()["content-type"]).toBe("application/json; charset=utf-8");
  expect((await verdict.json()).html).toContain(`${baseURL}/zh-Hant/embed/verdict?level=high&amp;phase=in&amp;from=31&amp;to=180`);
  const sized = await (await request.get(`/oembed?url=${encodeURIComponent(`${baseURL}/zh-Hans/embed`)}&format=json&maxwidth=320&maxheight=250`)).json();
  expect([sized.width, sized.height]).toEqual([320, 250]);
  expect((await ask(`https://elsewhere.example/zh-Hans/result?${ANSWERS}`)).status()).toBe(404);
  expect((await ask(`${baseURL}/zh-Hans/guide`)).status()).toBe(404);
  expect((await ask("not a url")).status()).toBe(404);
  expect((await ask(`${baseURL}/zh-Hans/embed`, "xml")).status()).toBe(501);
});

test("cards: both scripts, junk refused without a 5xx", async ({ request }) => {
  for (const locale of LOCALES) await expectCard(request, `/${locale}/card/very_high/0-0.png`);
  for (const [path, status] of [
    ["/zh-Hans/card/doom/1-2.png", 404],
    ["/zh-Hans/card/high/1-2.gif", 404],
    ["/zh-Hans/card/high/../../etc.png", 404],
    ["/en/card/high/1-2.png", 404],
    ["/zh-Hans/card/high/9-2.png", 400],
    ["/zh-Hans/card/high/1-5000.png", 400],
  ] as const) {
    expect((await request.get(path)).status(), path).toBe(status);
  }
});

test.describe("share panel without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  for (const locale of LOCALES) {
    test(`${locale}: selectable links, plain links, QR codes for both links, the card`, async ({ page, baseURL }) => {
      await page.goto(`/${locale}/result?${ANSWERS}`);
      const words = WORDS[locale];
      const verdict = page.getByRole("textbox", { name: words.verdictLabel });
      const full = page.getByRole("textbox", { name: words.fullLabel });
      await expect(verdict).toHaveValue(new RegExp(`^${baseURL}/${locale}/verdict\\?level=`));
      await expect(full).toHaveValue(`${baseURL}/${locale}/result?${ANSWERS}`);
      await expect(verdict).toHaveAttribute("readonly", "");
      // The verdict link comes first.
      const order = await page.locator("textarea[readonly]").evaluateAll((areas) => areas.map((a) => a.id));
      expect(order.slice(0, 2)).toEqual(["share-verdict", "share-full"]);
      // Copy and share buttons need JavaScript: hidden without it.
      await expect(page.getByRole("button", { name: words.copy })).toHaveCount(0);
      await expect(page.getByRole("img", { name: words.qr })).toBeVisible();
      await expect(page.getByRole("img", { name: words.qrFullAlt })).toBeHidden();
      await page.getByText(words.qrFull).click();
      await expect(page.getByRole("img", { name: words.qrFullAlt })).toBeVisible();
      const card = page.locator("section[aria-labelledby=share-title] img");
      await expect.poll(() => card.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth)).toBe(1200);
      await page.locator("section[aria-labelledby=share-title] a[href*='/verdict?']").click();
      await expect(page).toHaveURL(new RegExp(`/${locale}/verdict\\?level=`));
    });
  }
});
