import fs from "node:fs";
import { expect, expectNoAxeViolations, expectTraditional, LOCALES, test } from "./fixtures";

// Words the borrower sees, per script: the test finds elements the way a person would.
const UI = {
  "zh-Hans": {
    lender: "钱是向哪家机构借的？",
    lenderOption: "海尔消费金融",
    days: "已经逾期多少天？",
    amount: "逾期欠款大约多少元？",
    ignoring: "没有回应",
    submit: "查看估计",
    headline: /天内有人上门催收的可能性：(很低|较低|中等|较高|很高)/,
    errorSummary: /有\d+处需要修改/,
    negotiate: "如果你开始协商",
    change: "修改回答",
    switchTo: "繁體中文",
  },
  "zh-Hant": {
    lender: "錢是向哪家機構借的？",
    lenderOption: "海爾消費金融",
    days: "已經逾期多少天？",
    amount: "逾期欠款大約多少元？",
    ignoring: "沒有回應",
    submit: "查看估計",
    headline: /天內有人上門催收的可能性：(很低|較低|中等|較高|很高)/,
    errorSummary: /有\d+處需要修改/,
    negotiate: "如果你開始協商",
    change: "修改回答",
    switchTo: "简体中文",
  },
} as const;

const ANSWERS = "lender=haier&days=45&amount=20000&contact=ignoring";
const SHOTS = "e2e-output/screenshots";

for (const locale of LOCALES) {
  const ui = UI[locale];

  for (const javaScriptEnabled of [true, false]) {
    test.describe(`${locale}, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
      test.use({ javaScriptEnabled });

      test("fill in the form and reach the same result as the shared URL", async ({ page }) => {
        await page.goto(`/${locale}`);
        await page.getByLabel(ui.lender).selectOption({ label: ui.lenderOption });
        await page.getByLabel(ui.days).fill("45");
        await page.getByLabel(ui.amount).fill("20,000");
        await page.getByRole("radio", { name: new RegExp(ui.ignoring) }).check();
        await page.getByRole("button", { name: ui.submit }).click();

        await expect(page).toHaveURL(/\/result\?/);
        const url = new URL(page.url());
        expect(url.searchParams.get("lender")).toBe("haier");
        expect(url.searchParams.get("days")).toBe("45");
        expect(url.searchParams.get("contact")).toBe("ignoring");
        const headline = await page.getByRole("heading", { level: 1 }).innerText();
        expect(headline).toMatch(ui.headline);

        await page.goto(`/${locale}/result?${ANSWERS}`);
        await expect(page.getByRole("heading", { level: 1 })).toHaveText(headline);
      });
    });
  }

  test(`${locale}: a result URL opened directly carries the verdict in its title and is noindex`, async ({ page }) => {
    await page.goto(`/${locale}/result?${ANSWERS}`);
    const headline = await page.getByRole("heading", { level: 1 }).innerText();
    const level = headline.match(ui.headline)?.[1];
    expect(level).toBeTruthy();
    expect(await page.title()).toContain(level!);
    await expect(page.locator("meta[name=description]")).toHaveAttribute("content", new RegExp(level!));
    await expect(page.locator("meta[name=robots]")).toHaveAttribute("content", /noindex/);
    await expect(page.getByRole("listitem").filter({ has: page.locator("[aria-current=step]") }).or(page.locator("[aria-current=step]"))).toHaveCount(1);
    await expect(page.getByRole("link", { name: /门口|門口/ }).first()).toHaveAttribute("href", `/${locale}/guide/door`);
    await expectNoAxeViolations(page);
    if (locale === "zh-Hant") await expectTraditional(page);
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/result-${locale}.png`, fullPage: true });
  });

  test(`${locale}: the form passes axe and is real ${locale === "zh-Hant" ? "Traditional" : "Simplified"} text`, async ({ page }) => {
    await page.goto(`/${locale}`);
    await expectNoAxeViolations(page);
    if (locale === "zh-Hant") await expectTraditional(page);
    fs.mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: `${SHOTS}/form-${locale}.png`, fullPage: true });
  });

  for (const javaScriptEnabled of [true, false]) {
    test.describe(`${locale}, invalid answers, JavaScript ${javaScriptEnabled ? "on" : "off"}`, () => {
      test.use({ javaScriptEnabled });
      test("an edited URL shows the form again with every error and the values kept", async ({ page }) => {
        const response = await page.goto(`/${locale}/result?lender=nobody&days=-3&amount=1e5`);
        expect(response?.status()).toBeLessThan(500);
        const summary = page.getByRole("alert").filter({ hasText: ui.errorSummary });
        await expect(summary).toBeVisible();
        await expect(summary.getByRole("link")).toHaveCount(4); // lender, days, amount, contact
        await expect(page.getByLabel(ui.days)).toHaveValue("-3");
        await expect(page.getByLabel(ui.days)).toHaveAttribute("aria-invalid", "true");
        await expect(page.getByLabel(ui.amount)).toHaveValue("1e5");
        // axe runs inside the page, so it needs JavaScript; the markup is the same either way.
        if (javaScriptEnabled) await expectNoAxeViolations(page);
        if (locale === "zh-Hant") await expectTraditional(page);
      });
    });
  }

  test(`${locale}: a what-if link changes the verdict to the one it announced`, async ({ page }) => {
    await page.goto(`/${locale}/result?lender=other-cfc&days=60&amount=60000&contact=unreachable`);
    const before = await page.getByRole("heading", { level: 1 }).innerText();
    const link = page.getByRole("link", { name: new RegExp(ui.negotiate) });
    const announced = (await link.innerText()).split("\n").pop()!.trim();
    await link.click();
    await expect(page).toHaveURL(/contact=negotiating/);
    const after = await page.getByRole("heading", { level: 1 }).innerText();
    expect(after).not.toBe(before);
    const level = after.match(ui.headline)?.[1];
    expect(announced).toContain(level!);
  });

  test(`${locale}: the language switch keeps the answers and "change answers" refills the form`, async ({ page }) => {
    await page.goto(`/${locale}/result?${ANSWERS}&region=rural`);
    await page.getByRole("link", { name: ui.switchTo }).click();
    const other = locale === "zh-Hans" ? "zh-Hant" : "zh-Hans";
    await expect(page).toHaveURL(new RegExp(`/${other}/result\\?${ANSWERS}&region=rural$`));
    await expect(page.locator("html")).toHaveAttribute("lang", other);

    await page.goto(`/${locale}/result?${ANSWERS}`);
    await page.getByRole("link", { name: ui.change }).click();
    await expect(page.getByLabel(ui.days)).toHaveValue("45");
    await expect(page.getByLabel(ui.amount)).toHaveValue("20000");
    await expect(page.getByLabel(ui.lender)).toHaveValue("haier");
    await expect(page.getByRole("radio", { name: new RegExp(ui.ignoring) })).toBeChecked();
  });
}

test("with JavaScript the form checks a number as soon as the field is left, in the server's words", async ({ page }) => {
  await page.goto("/zh-Hans");
  const days = page.getByLabel(UI["zh-Hans"].days);
  await days.fill("abc");
  await days.blur();
  await expect(days).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByText("请填数字，例如30。")).toBeVisible();
  await days.fill("4000");
  await expect(page.getByText("不能大于3650。")).toBeVisible();
  await days.fill("45");
  await expect(days).toHaveAttribute("aria-invalid", "false");
  await expect(page.getByText("不能大于3650。")).toHaveCount(0);
});

test("result pages are cacheable by a shared cache and set no cookie", async ({ request }) => {
  const first = await request.get(`/zh-Hans/result?${ANSWERS}`);
  const second = await request.get(`/zh-Hans/result?${ANSWERS}`);
  expect(first.status()).toBe(200);
  expect(first.headers()["cache-control"]).toMatch(/s-maxage=\d+/);
  expect(first.headers()["set-cookie"]).toBeUndefined();
  // Same URL, same page.
  const strip = (html: string) => html.replace(/<script[\s\S]*?<\/script>/g, "");
  expect(strip(await first.text())).toBe(strip(await second.text()));
});

test("the verdict-only share link shows the level and window but not the amount or days", async ({ page }) => {
  await page.goto(`/zh-Hans/result?${ANSWERS}`);
  const headline = await page.getByRole("heading", { level: 1 }).innerText();
  const level = headline.match(UI["zh-Hans"].headline)?.[1];
  await page.getByRole("link", { name: "只分享结论（不含机构、金额和天数）" }).click();
  await expect(page).toHaveURL(/\/zh-Hans\/verdict\?level=\w+&phase=\w+&from=\d+&to=\d+$/);
  expect(page.url()).not.toContain("haier");
  expect(page.url()).not.toContain("20000");
  expect(page.url()).not.toContain("days=");
  await expect(page.getByRole("heading", { level: 1 })).toContainText(level!);
  await expect(page.locator("body")).not.toContainText("20,000");
  await expect(page.locator("body")).not.toContainText("2万元");
  await expect(page.getByText("这是别人分享给你的估计结论")).toBeVisible();
  await expectNoAxeViolations(page);
});
