import { expect, expectNoAxeViolations, expectTraditional, test } from "./fixtures";

test.describe.configure({ timeout: 60_000 });

test.describe("legality checker without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("maps ticked items to rules and channels, and writes a complaint", async ({ page }) => {
    await page.goto("/zh-Hans/guide/legal-check");
    await page.getByLabel("晚上10点到早上8点之间打电话或上门催收").check();
    await page.getByLabel("试图进入或强行进入你的家").check();
    await page.getByLabel("银行（包括信用卡）").check();
    await page.getByRole("button", { name: "查看结果" }).click();

    // Only item ids and the lender kind in the URL.
    const url = new URL(page.url());
    expect(url.pathname).toBe("/zh-Hans/guide/legal-check");
    expect(url.search).toBe("?i=nightCalls&i=attemptedEntry&k=bank");

    const results = page.getByRole("region", { name: "检查结果" });
    const items = results.locator(":scope > ol > li");
    await expect(items).toHaveCount(2);
    // A bank: the banking association's guideline, not the online-lending standard or guideline.
    await expect(items.nth(0)).toContainText("金融机构个人消费类贷款催收工作指引");
    await expect(items.nth(0)).not.toContainText("GB/T 45251");
    await expect(items.nth(0)).not.toContainText("互联网金融贷后催收业务指引");
    await expect(items.nth(0)).toContainText("12378");
    await expect(items.nth(0)).not.toContainText("互联网金融举报信息平台"); // a bank: not the online-lending platform
    await expect(items.nth(1)).toContainText("第二百四十五条");
    await expect(items.nth(1)).toContainText("第一千零三十三条");
    await expect(items.nth(1)).toContainText("110");

    const channels = page.getByRole("region", { name: "去哪里投诉" });
    await expect(channels.getByRole("link", { name: "拨打 110" })).toHaveAttribute("href", "tel:110");
    await expect(channels.getByRole("link", { name: "拨打 12378" })).toHaveAttribute("href", "tel:12378");
    await expect(channels.getByRole("link", { name: "拨打 12348" })).toHaveAttribute("href", "tel:12348");
    await expect(channels).toContainText("黑猫投诉");

    const complaint = await page.getByRole("textbox", { name: "投诉文本（可以复制）" }).inputValue();
    expect(complaint).toContain("1. 在晚上10点到早上8点之间打电话或上门催收");
    expect(complaint).toContain("2. 【日期】上门时，试图未经本人同意进入本人住宅。");
    expect(complaint).toContain("《中华人民共和国刑法》第二百四十五条");
    expect(complaint).toContain("《金融机构个人消费类贷款催收工作指引（试行）》");
    expect(complaint).not.toContain("GB/T 45251");
    expect(complaint).toContain("【姓名】");

    await expect(page.getByRole("heading", { name: "先保存好证据" })).toBeVisible();
    await expect(page.getByText("通话记录截图，标出每次来电的时间和一天的次数")).toBeVisible();
    // The form shows what was ticked.
    await expect(page.getByLabel("试图进入或强行进入你的家")).toBeChecked();
  });

  test("names the online-lending platform for online lenders, conditionally when unsure", async ({ page }) => {
    await page.goto("/zh-Hans/guide/legal-check?i=manyCalls&k=online");
    await expect(page.getByRole("region", { name: "去哪里投诉" })).toContainText("互联网金融举报信息平台");
    await expect(page.getByRole("link", { name: /jubao\.nifa\.org\.cn/ })).toHaveAttribute("href", "https://jubao.nifa.org.cn");
    const online = await page.getByRole("textbox", { name: "投诉文本（可以复制）" }).inputValue();
    expect(online).toContain("GB/T 45251");
    expect(online).not.toContain("金融机构个人消费类贷款催收工作指引");
    await page.goto("/zh-Hans/guide/legal-check?i=manyCalls&k=unknown");
    await expect(page.getByRole("region", { name: "去哪里投诉" })).toContainText("互联网金融举报信息平台（如果是网络贷款）");
    // Unsure who lent: every kind's rules, each saying whom it binds.
    await expect(page.getByText("具体适用哪些规范，要看借钱给你的是哪类机构：")).toBeVisible();
    const unknown = await page.getByRole("textbox", { name: "投诉文本（可以复制）" }).inputValue();
    expect(unknown).toContain("GB/T 45251—2025）（适用于网络贷款）");
    expect(unknown).toContain("《金融机构个人消费类贷款催收工作指引（试行）》（如被投诉机构是中国银行业协会会员）");
  });

  test("a consumer finance company: the banking guideline only if it is a member, no card or online rules", async ({ page }) => {
    await page.goto("/zh-Hans/guide/legal-check?i=thirdParties&i=nightCalls&k=cfc");
    const complaint = await page.getByRole("textbox", { name: "投诉文本（可以复制）" }).inputValue();
    expect(complaint).toContain("（如被投诉机构是中国银行业协会会员）");
    expect(complaint).not.toContain("信用卡业务监督管理办法");
    expect(complaint).not.toContain("GB/T 45251");
  });

  test("treats a demand to pay a personal account as a scam: police and the lender, not a regulator", async ({ page }) => {
    await page.goto("/zh-Hans/guide/legal-check?i=personalAccount&k=cfc");
    const channels = page.getByRole("region", { name: "去哪里投诉" });
    await expect(channels.getByRole("heading", { level: 3 })).toHaveText(["110 报警电话", "放贷机构的官方客服", "12348 公共法律服务热线"]);
  });

  test("a credit record reported without notice goes to 12363", async ({ page }) => {
    await page.goto("/zh-Hant/guide/legal-check?i=noNotice&k=bank");
    await expect(page.getByRole("region", { name: "去哪裡投訴" }).getByRole("link", { name: "撥打 12363" })).toBeVisible();
    await expectTraditional(page);
  });

  test("asks for at least one item", async ({ page }) => {
    await page.goto("/zh-Hans/guide/legal-check");
    await page.getByRole("button", { name: "查看结果" }).click();
    await expect(page.getByText("请至少勾选一项，再查看结果。")).toBeVisible();
  });
});

test.describe("legality checker with JavaScript", () => {
  test("copies the complaint text and passes axe with every item ticked", async ({ page, context }) => {
    await context.grantPermissions(["clipboard-read", "clipboard-write"]);
    const all = "i=nightCalls&i=manyCalls&i=thirdParties&i=threats&i=fakePapers&i=wouldNotLeave&i=attemptedEntry&i=infoPosted&i=personalAccount&i=noNotice&k=unknown";
    await page.goto(`/zh-Hant/guide/legal-check?${all}`);
    await expect(page.getByRole("region", { name: "檢查結果" }).locator(":scope > ol > li")).toHaveCount(10);
    await page.getByRole("button", { name: "複製全文" }).click();
    await expect(page.getByRole("status")).toHaveText("已複製。");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(await page.getByRole("textbox", { name: "投訴文字（可以複製）" }).inputValue());
    expect(copied).toContain("10. ");
    await expectNoAxeViolations(page);
    await expectTraditional(page);
    await page.screenshot({ path: "e2e-output/screenshots/guide-zh-Hant-legal-check-result.png", fullPage: true });
  });
});
