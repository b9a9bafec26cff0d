import { readFile } from "node:fs/promises";
import type { Page, Request } from "@playwright/test";
import { expect, expectNoAxeViolations, expectTraditional, test } from "./fixtures";

test.describe.configure({ timeout: 60_000 });

// Distinctive values, so any leak into a URL or header is easy to spot.
const INPUT = {
  lender: "甲乙丙测试消费金融有限公司",
  amount: "98765",
  monthly: "4321",
  details: "七月住院三周，工资停发。",
};
const LEAK_MARKERS = ["98765", "4321", encodeURIComponent("甲乙丙"), "甲乙丙", encodeURIComponent("七月住院")];

async function fillLetter(page: Page, locale: "zh-Hans" | "zh-Hant", input = INPUT) {
  const labels =
    locale === "zh-Hans"
      ? { lender: "放贷机构", amount: "你估计欠多少（元）", monthly: "你每月能还多少（元）", reason: "主要原因", details: "补充说明" }
      : { lender: "放貸機構", amount: "你估計欠多少（元）", monthly: "你每月能還多少（元）", reason: "主要原因", details: "補充說明" };
  await page.getByLabel(labels.lender).fill(input.lender);
  await page.getByLabel(labels.amount).fill(input.amount);
  await page.getByLabel(labels.monthly).fill(input.monthly);
  await page.getByLabel(labels.reason).selectOption("illness");
  await page.getByLabel(labels.details).fill(input.details);
}

function watchForLeaks(page: Page) {
  const leaks: string[] = [];
  const check = (where: string, text: string) => {
    for (const marker of LEAK_MARKERS) if (text.includes(marker)) leaks.push(`${where}: ${marker}`);
  };
  page.on("request", (request: Request) => check(`request URL ${request.url()}`, request.url()));
  page.on("response", async (response) => {
    check(`response URL`, response.url());
    for (const [name, value] of Object.entries(await response.allHeaders())) check(`response header ${name}`, value);
  });
  page.on("framenavigated", (frame) => check("page URL", frame.url()));
  return leaks;
}

test.describe("letter generator with JavaScript", () => {
  test("writes the letter in the browser without sending anything", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    await page.goto("/zh-Hans/guide/negotiate");
    await expect(page.locator("form[data-hydrated]")).toHaveCount(1);
    const leaks = watchForLeaks(page);
    const sent: string[] = [];
    page.on("request", (request) => {
      if (request.resourceType() !== "websocket") sent.push(`${request.method()} ${request.url()}`);
    });

    await fillLetter(page, "zh-Hans");
    await page.getByRole("button", { name: "生成申请信" }).click();
    const letter = page.getByRole("textbox", { name: "申请信全文" });
    await expect(letter).toBeVisible();
    const text = await letter.inputValue();
    expect(text).toContain(INPUT.lender);
    expect(text).toContain("4,321");
    expect(text).toContain("近期本人或家人患病、受伤");
    expect(text).toContain(INPUT.details);
    // The letter admits no figure: the amount is to be agreed after checking.
    expect(text).toContain("金额以双方核对为准");
    expect(text).not.toContain("98,765");
    expect(text).not.toContain("98765");
    await expect(page.getByRole("heading", { name: "为什么信里不写欠款金额" })).toBeVisible();
    await expect(page.getByRole("heading", { name: "你的申请信" })).toBeFocused();
    // Said on the page: the browser wrote it, nothing was sent.
    await expect(page.getByText("这封信是在你的浏览器里生成的，你填写的内容没有发出去。")).toBeVisible();
    await expect(page.getByText("这封信是本站服务器")).toBeHidden();
    await expect(page.getByText("用浏览器菜单里的“打印”")).toBeHidden();
    expect(sent, "requests made by generating").toEqual([]);
    expect(page.url()).toMatch(/\/zh-Hans\/guide\/negotiate$/);

    // Copy.
    await page.getByRole("button", { name: "复制全文" }).click();
    await expect(page.getByRole("status")).toHaveText("已复制。");
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(text);

    // Download as .txt.
    const downloadPromise = page.waitForEvent("download");
    await page.getByRole("button", { name: "下载为文本文件" }).click();
    const download = await downloadPromise;
    expect(download.suggestedFilename()).toBe("协商还款申请.txt");
    const path = await download.path();
    expect(await readFile(path, "utf8")).toBe(text);

    // Print: only the letter is printed.
    await expect(page.getByRole("button", { name: "打印" })).toBeVisible();
    await page.emulateMedia({ media: "print" });
    await expect(page.locator("#letter-print")).toBeVisible();
    await expect(page.getByRole("heading", { level: 1 })).toBeHidden();
    await page.emulateMedia({ media: "screen" });

    await expectNoAxeViolations(page);
    expect(leaks).toEqual([]);
  });

  test("shows field errors in the browser for an empty form", async ({ page }) => {
    await page.goto("/zh-Hant/guide/negotiate");
    await expect(page.locator("form[data-hydrated]")).toHaveCount(1);
    await page.getByRole("button", { name: "生成申請信" }).click();
    const summary = page.getByRole("alert").filter({ hasText: "請修改以下內容" });
    await expect(summary).toBeVisible();
    await expect(summary.getByRole("listitem")).toHaveCount(3); // the amount is optional
    await expect(page.getByLabel("放貸機構")).toHaveAttribute("aria-invalid", "true");
    await expectNoAxeViolations(page);
  });

  test("on zh-Hant, writes a Simplified letter by default and a Traditional one on request", async ({ page }) => {
    await page.goto("/zh-Hant/guide/negotiate");
    await expect(page.locator("form[data-hydrated]")).toHaveCount(1);
    await fillLetter(page, "zh-Hant", { ...INPUT, lender: "甲乙丙測試銀行信用卡中心", details: "七月住院三週，工資停發。" });
    await expect(page.getByLabel("简体中文（預設）")).toBeChecked();
    await page.getByRole("button", { name: "生成申請信" }).click();
    const letter = page.getByRole("textbox", { name: "申請信全文" });
    expect(await letter.inputValue()).toMatch(/^协商还款申请书/);
    expect(await letter.inputValue()).toContain("金额以双方核对为准");

    await page.getByLabel("繁體中文").check();
    await page.getByRole("button", { name: "生成申請信" }).click();
    await expect(letter).toHaveValue(/^協商還款申請書/);
    const text = await letter.inputValue();
    expect(text).toContain("甲乙丙測試銀行信用卡中心");
    expect(text).toContain("金額以雙方核對為準");
    expect(text).not.toContain("98,765");
    await expectTraditional(page);
  });

  test("the browser writes the same letter as the server, card line included", async ({ page, request }) => {
    await page.goto("/zh-Hans/guide/negotiate");
    await expect(page.locator("form[data-hydrated]")).toHaveCount(1);
    await fillLetter(page, "zh-Hans");
    await page.getByLabel("这是信用卡欠款：在信里引用信用卡个性化分期的规定").check();
    await page.getByRole("button", { name: "生成申请信" }).click();
    const inBrowser = await page.getByRole("textbox", { name: "申请信全文" }).inputValue();
    expect(inBrowser).toMatch(/^协商还款申请书\n\n尊敬的甲乙丙测试消费金融有限公司：\n\u3000\u3000本人/);
    expect(inBrowser).toContain("\u3000\u3000根据《商业银行信用卡业务监督管理办法》第七十条，本人申请与贵行协商个性化分期还款");
    expect(inBrowser).toMatch(/\u3000\u3000此致\n敬礼！\n\n附件：[^\n]+\n\n申请人：【姓名】\n日期：/);

    const response = await request.post("/zh-Hans/guide/negotiate", { form: { ...INPUT, reason: "illness", card: "1", script: "zh-Hans" } });
    const html = await response.text();
    const onServer = /<textarea id="letter-text"[^>]*>([^<]*)<\/textarea>/.exec(html)?.[1] ?? "";
    const decode = (text: string) => text.replace(/&quot;/g, '"').replace(/&#x27;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&amp;/g, "&");
    // React writes a leading newline into a textarea's content; the value is the same text.
    expect(decode(onServer).replace(/^\n/, "")).toBe(inBrowser);
  });
});

test.describe("letter generator without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  const NO_JS = {
    "zh-Hans": { submit: "生成申请信", text: "申请信全文", lender: "放贷机构", print: "用浏览器菜单里的“打印”", server: "这封信是本站服务器按你提交的内容生成的，没有保存。" },
    "zh-Hant": { submit: "生成申請信", text: "申請信全文", lender: "放貸機構", print: "用瀏覽器菜單裡的「打印」", server: "這封信是本站伺服器按你提交的內容生成的，沒有保存。" },
  } as const;
  // Each page in its own script; the zh-Hant reader asks for a Traditional letter, the zh-Hans one keeps the default.
  for (const [locale, script, heading] of [
    ["zh-Hans", "zh-Hans", "协商还款申请书"],
    ["zh-Hant", "zh-Hant", "協商還款申請書"],
  ] as const) {
    test(`${locale}: posts the form to the page itself and answers with the letter, uncached, with nothing in the URL or headers`, async ({ page }) => {
      const words = NO_JS[locale];
      await page.goto(`/${locale}/guide/negotiate`);
      const leaks = watchForLeaks(page);
      await fillLetter(page, locale);
      if (script === "zh-Hant") await page.getByLabel("繁體中文").check();
      const responsePromise = page.waitForResponse((r) => r.request().method() === "POST");
      await page.getByRole("button", { name: words.submit }).click();
      const response = await responsePromise;
      expect(response.status()).toBe(200);
      // The page's own route handler, not a server action.
      expect(new URL(response.url()).pathname).toBe(`/${locale}/guide/negotiate`);
      expect(response.request().headers()["next-action"]).toBeUndefined();
      const headers = await response.allHeaders();
      expect(headers["cache-control"]).toBe("no-store");
      expect(headers["set-cookie"]).toBeUndefined();
      expect(headers["content-security-policy"]).toMatch(/(^|; )script-src 'self'(;|$)/);
      expect(response.request().postData() ?? "").toContain(INPUT.amount); // only in the body
      expect(new URL(page.url()).search).toBe("");

      const letter = page.getByRole("textbox", { name: words.text });
      await expect(letter).toHaveAttribute("lang", script);
      const text = await letter.inputValue();
      expect(text.startsWith(heading)).toBe(true);
      for (const value of [INPUT.lender, "4,321", INPUT.details]) expect(text).toContain(value);
      expect(text).toContain(script === "zh-Hans" ? "金额以双方核对为准" : "金額以雙方核對為準");
      expect(text).not.toContain("98,765");
      await expect(page.getByText(words.print)).toBeVisible();
      // Said on the page: the server wrote it.
      await expect(page.getByText(words.server)).toBeVisible();
      // The form keeps what was typed.
      await expect(page.getByLabel(words.lender)).toHaveValue(INPUT.lender);
      expect(leaks).toEqual([]);
    });
  }

  test("a plain form POST (no browser) gets the letter, no-store, in the page's own script", async ({ request }) => {
    const form = { lender: "甲乙丙测试银行", monthly: "800", reason: "lostJob", script: "zh-Hant" };
    const response = await request.post("/zh-Hans/guide/negotiate", { form });
    expect(response.status()).toBe(200);
    expect(response.headers()["cache-control"]).toBe("no-store");
    const html = await response.text();
    expect(html).toContain('<html lang="zh-Hans"');
    expect(html).toMatch(/<textarea id="letter-text" lang="zh-Hant"[^>]*>協商還款申請書/);
    expect(html).toContain("这封信是本站服务器按你提交的内容生成的，没有保存。");
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)/);
  });

  test("answers an incomplete form with errors and keeps the values", async ({ page }) => {
    await page.goto("/zh-Hant/guide/negotiate");
    await page.getByLabel("你估計欠多少（元）").fill("abc");
    await page.getByLabel("放貸機構").fill("甲乙丙測試銀行");
    await page.getByRole("button", { name: "生成申請信" }).click();
    await expect(page.getByRole("alert").filter({ hasText: "請修改以下內容" })).toBeVisible();
    await expect(page.getByText("請填寫一個數字，例如12000或12000.50；不確定可以不填。").first()).toBeVisible();
    await expect(page.getByLabel("放貸機構")).toHaveValue("甲乙丙測試銀行");
    await expect(page.getByLabel("你估計欠多少（元）")).toHaveValue("abc");
    await expect(page.getByRole("textbox", { name: "申請信全文" })).toHaveCount(0);
  });
});
