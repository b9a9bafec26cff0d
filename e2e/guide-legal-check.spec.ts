import { expect, expectNoAxeViolations, expectTraditional, test } from "./fixtures";

test.describe.configure({ timeout: 60_000 });

test.describe("legality checker without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("maps ticked items to rules and channels, and writes a complaint", async ({ page }) => {
    await page.goto("/zh-Hans/guide/legal-check");
    await page.getByLabel("晚上10点到早上8点之间打电话或上门催收").check();
    await page.getByLabel("试图进入或强行进入你的家").check();
    await page.getByLabel("银行信用卡").check();
    await page.getByRole("button", { name: "查看结果" }).click();

    // Only item ids and the lender kind in the URL.
    const url = new URL(page.url());
    expect(url.pathname).toBe("/zh-Hans/guide/legal-check");
    expect(url.search).toBe("?i=nightCalls&i=attemptedEntry&k=credit_card&s=zh-Hans");

    const results = page.getByRole("region", { name: "检查结果" });
    const items = results.locator(":scope > ol > li");
    await expect(items).toHaveCount(2);
    // A credit card: the banking association's guideline, not the online-lending standard or guideline.
    await expect(items.nth(0)).toContainText("金融机构个人消费类贷款催收工作指引");
    await expect(items.nth(0)).not.toContainText("GB/T 45251");
    await expect(items.nth(0)).not.toContainText("互联网金融贷后催收业务指引");
    await expect(items.nth(0)).toContainText("12378");
    await expect(items.nth(0)).toContainText("12321");
    await expect(items.nth(0)).not.toContainText("互联网金融举报信息平台");
    await expect(items.nth(0)).not.toContainText("地方金融管理局");
    await expect(items.nth(1)).toContainText("第二百四十五条");
    await expect(items.nth(1)).toContainText("治安管理处罚法");
    await expect(items.nth(1)).toContainText("110");

    const channels = page.getByRole("region", { name: "去哪里投诉" });
    await expect(channels.getByRole("link", { name: "拨打110" })).toHaveAttribute("href", "tel:110");
    await expect(channels.getByRole("link", { name: "拨打12378" })).toHaveAttribute("href", "tel:12378");
    await expect(channels.getByRole("link", { name: "拨打12321" })).toHaveAttribute("href", "tel:12321");
    await expect(channels.getByRole("link", { name: "拨打12348" })).toHaveAttribute("href", "tel:12348");
    await expect(channels).toContainText("黑猫投诉");

    const complaint = await page.getByRole("textbox", { name: "投诉文本（可以复制）" }).inputValue();
    expect(complaint).toContain("1. 在晚上10点到早上8点之间打电话或上门催收");
    // Each item as one sentence: what happened, then the rules it may break.
    expect(complaint).toContain("2. 【日期】上门时，试图未经本人同意进入本人住宅，涉嫌违反《中华人民共和国民法典》第一千零三十三条");
    expect(complaint).not.toContain("依据");
    expect(complaint).toContain("《金融机构个人消费类贷款催收工作指引（试行）》");
    expect(complaint).not.toContain("GB/T 45251");
    expect(complaint).not.toMatch(/））/);
    expect(complaint).toContain("【姓名】");

    await expect(page.getByRole("heading", { name: "先保存好证据" })).toBeVisible();
    await expect(page.getByText("通话记录截图，标出每次来电的时间和一天的次数")).toBeVisible();
    // The form shows what was ticked.
    await expect(page.getByLabel("试图进入或强行进入你的家")).toBeChecked();
    await expect(page.getByLabel("银行信用卡")).toBeChecked();
  });

  const CHANNEL_CASES = [
    { kind: "credit_card", has: ["12378"], not: ["地方金融管理局", "互联网金融举报信息平台"] },
    { kind: "bank_loan", has: ["12378"], not: ["地方金融管理局", "互联网金融举报信息平台"] },
    { kind: "consumer_finance", has: ["12378"], not: ["地方金融管理局", "互联网金融举报信息平台"] },
    { kind: "small_loan", has: ["所在省份的地方金融管理局"], not: ["12378金融消费者投诉热线", "互联网金融举报信息平台"] },
    { kind: "online_platform", has: ["12378", "所在省份的地方金融管理局", "互联网金融举报信息平台", "找到真正的放贷机构"], not: [] },
    { kind: "matching_brand", has: ["12378", "所在省份的地方金融管理局", "互联网金融举报信息平台", "找到真正的放贷机构"], not: [] },
    { kind: "asset_manager", has: ["12378", "所在省份的地方金融管理局", "地方资产管理公司"], not: ["互联网金融举报信息平台"] },
  ] as const;
  for (const { kind, has, not } of CHANNEL_CASES) {
    test(`channels for ${kind}`, async ({ page }) => {
      await page.goto(`/zh-Hans/guide/legal-check?i=manyCalls&k=${kind}`);
      const channels = page.getByRole("region", { name: "去哪里投诉" });
      for (const text of has) await expect(channels).toContainText(text);
      for (const text of not) await expect(channels).not.toContainText(text);
      await expect(channels.getByRole("link", { name: "拨打12321" })).toBeVisible();
    });
  }

  test("zh-Hant: a small-loan company goes to the local regulator, a credit card to 12378", async ({ page }) => {
    await page.goto("/zh-Hant/guide/legal-check?i=nightCalls&k=small_loan");
    const channels = page.getByRole("region", { name: "去哪裡投訴" });
    await expect(channels).toContainText("所在省份的地方金融管理局");
    await expect(channels).not.toContainText("12378金融消費者投訴熱線");
    await expect(page.getByLabel("小額貸款公司")).toBeChecked();
    await expectTraditional(page);
    await page.goto("/zh-Hant/guide/legal-check?i=nightCalls&k=credit_card");
    await expect(page.getByRole("region", { name: "去哪裡投訴" }).getByRole("link", { name: "撥打12378" })).toBeVisible();
    await expect(page.getByRole("region", { name: "去哪裡投訴" })).not.toContainText("地方金融管理局");
  });

  test("old links with the former kind values keep working", async ({ page }) => {
    await page.goto("/zh-Hans/guide/legal-check?i=manyCalls&k=online");
    await expect(page.getByLabel("网络贷款平台（借款App）")).toBeChecked();
    await expect(page.getByRole("region", { name: "去哪里投诉" })).toContainText("互联网金融举报信息平台");
    await expect(page.getByRole("link", { name: /jubao\.nifa\.org\.cn/ })).toHaveAttribute("href", "https://jubao.nifa.org.cn");
    const online = await page.getByRole("textbox", { name: "投诉文本（可以复制）" }).inputValue();
    expect(online).toContain("GB/T 45251");
    expect(online).not.toContain("金融机构个人消费类贷款催收工作指引");
    await page.goto("/zh-Hans/guide/legal-check?i=manyCalls&k=cfc");
    await expect(page.getByLabel("消费金融公司")).toBeChecked();
    await page.goto("/zh-Hans/guide/legal-check?i=manyCalls&k=bank");
    await expect(page.getByLabel("银行的贷款（不是信用卡，包括在银行App里借的）")).toBeChecked();
  });

  test("an unknown lender: every kind's rules, each saying whom it binds", async ({ page }) => {
    await page.goto("/zh-Hans/guide/legal-check?i=manyCalls&k=unknown");
    await expect(page.getByRole("region", { name: "去哪里投诉" })).toContainText("互联网金融举报信息平台（如果是网络贷款）");
    await expect(page.getByText("具体适用哪些规范，要看借钱给你的是哪类放贷机构：")).toBeVisible();
    await expect(page.getByText("如果借款是在网上或App里借的，推荐性国家标准GB/T 45251规定").first()).toBeVisible();
    const unknown = await page.getByRole("textbox", { name: "投诉文本（可以复制）" }).inputValue();
    expect(unknown).toContain("（GB/T 45251—2025，对网上或App里的借款适用）");
    expect(unknown).toContain("《金融机构个人消费类贷款催收工作指引（试行）》（对中国银行业协会会员机构适用）");
  });

  test("a consumer finance company: the banking guideline only if it is a member, no card rule", async ({ page }) => {
    await page.goto("/zh-Hans/guide/legal-check?i=thirdParties&i=nightCalls&k=consumer_finance");
    const complaint = await page.getByRole("textbox", { name: "投诉文本（可以复制）" }).inputValue();
    expect(complaint).toContain("（对中国银行业协会会员机构适用）");
    expect(complaint).toContain("《中华人民共和国个人信息保护法》");
    expect(complaint).not.toContain("信用卡业务监督管理办法");
  });

  test("treats a demand to pay a personal account as a scam: police and the lender, not a regulator", async ({ page }) => {
    await page.goto("/zh-Hans/guide/legal-check?i=personalAccount&k=consumer_finance");
    const channels = page.getByRole("region", { name: "去哪里投诉" });
    await expect(channels.getByRole("heading", { level: 3 })).toHaveText(["110报警电话", "放贷机构的官方客服", "12348公共法律服务热线"]);
  });

  test("fake court papers: check with 12368", async ({ page }) => {
    await page.goto("/zh-Hant/guide/legal-check?i=fakePapers&k=bank_loan");
    await expect(page.getByRole("region", { name: "去哪裡投訴" }).getByRole("link", { name: "撥打12368" })).toBeVisible();
    await expectTraditional(page);
  });

  test("a credit record reported without notice goes to 12363", async ({ page }) => {
    await page.goto("/zh-Hant/guide/legal-check?i=noNotice&k=bank_loan");
    await expect(page.getByRole("region", { name: "去哪裡投訴" }).getByRole("link", { name: "撥打12363" })).toBeVisible();
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
