import { spawn } from "node:child_process";
import path from "node:path";
import type { Page } from "@playwright/test";
import { freePort } from "../scripts/free-port.mjs";
import hans from "../messages/zh-Hans.json";
import hant from "../messages/zh-Hant.json";
import { expect, expectNoAxeViolations, expectTraditional, test } from "./fixtures";

test.describe.configure({ timeout: 60_000 });

// Distinctive messages, so any leak into a URL, a header or the server's output is easy to spot.
const MESSAGES = {
  "zh-Hans": "甲乙丙丁：你的案件已移交公安机关，明天我们去你单位找你领导，再不还就发到你朋友圈。",
  "zh-Hant": "甲乙丙丁：你的案件已移交公安機關，明天我們去你單位找你領導，再不還就發到你朋友圈。",
} as const;
const LAWFUL = "甲乙丙丁，您的借款已逾期3天，请登录官方APP还款。";
const LEAK_MARKERS = ["甲乙丙丁", encodeURIComponent("甲乙丙丁"), "移交公安", encodeURIComponent("移交")];

const WORDS = {
  "zh-Hans": {
    text: "收到的消息（一条）",
    kind: "银行信用卡",
    time: "收到的时间（选填，北京时间）",
    submit: "检查这条消息",
    result: "检查结果",
    browser: "这次检查在你的浏览器里完成：消息没有发送到任何地方。",
    server: "这次检查在本站服务器上完成：消息只用于这一次检查，没有保存、记录或缓存。",
    handoff: "整理投诉：打开“这样催收合法吗？”，已勾选对应情况，并生成投诉文本",
    door: "对方说要上门：先看门口应对指南",
    letter: "这是一条正常的催收提醒：主动协商还款，生成协商还款申请信",
    firstFinding: "1 · 有条件才成立 抓人、坐牢、刑事立案的威胁",
  },
  "zh-Hant": {
    text: "收到的消息（一條）",
    kind: "銀行信用卡",
    time: "收到的時間（選填，北京時間）",
    submit: "檢查這條消息",
    result: "檢查結果",
    browser: "這次檢查在你的瀏覽器裡完成：消息沒有發送到任何地方。",
    server: "這次檢查在本站伺服器上完成：消息只用於這一次檢查，沒有保存、記錄或緩存。",
    handoff: "整理投訴：打開「這樣催收合法嗎？」，已勾選對應情況，並生成投訴文本",
    door: "對方說要上門：先看門口應對指南",
    letter: "這是一條正常的催收提醒：主動協商還款，生成協商還款申請信",
    complaint: "投訴文本",
    firstFinding: "1 · 有條件才成立 抓人、坐牢、刑事立案的威脅",
  },
} as const;

type Locale = keyof typeof WORDS;

function watchForLeaks(page: Page) {
  const leaks: string[] = [];
  const check = (where: string, text: string) => {
    for (const marker of LEAK_MARKERS) if (text.includes(marker)) leaks.push(`${where}: ${marker}`);
  };
  page.on("request", (request) => check(`request URL ${request.url()}`, request.url()));
  page.on("response", async (response) => {
    check("response URL", response.url());
    for (const [name, value] of Object.entries(await response.allHeaders())) check(`response header ${name}`, value);
  });
  page.on("framenavigated", (frame) => check("page URL", frame.url()));
  return leaks;
}

async function fillAndCheck(page: Page, locale: Locale, text: string = MESSAGES[locale]) {
  const w = WORDS[locale];
  await page.getByLabel(w.text).fill(text);
  await page.getByLabel(w.kind).check();
  await page.getByLabel(w.time).fill("2026-11-30T23:10");
  await page.getByRole("button", { name: w.submit }).click();
}

/** The marked message and the findings as a reader sees them. */
async function expectAnswer(page: Page, locale: Locale) {
  const w = WORDS[locale];
  const answer = page.locator("#mc-output");
  await expect(page.getByRole("heading", { name: w.result })).toBeVisible();
  // The message again, with the findings marked in place.
  const marks = answer.locator("blockquote mark");
  await expect(marks.first()).toBeVisible();
  expect(await marks.allTextContents()).toEqual(expect.arrayContaining([locale === "zh-Hans" ? "移交公安" : "移交公安"]));
  await expect(answer.locator("blockquote")).toContainText(MESSAGES[locale].slice(0, 12));
  await expect(page.getByRole("heading", { name: w.firstFinding })).toBeVisible();
  // Each mark is described by its finding's heading, and numbered links lead to it.
  await expect(marks.first()).toHaveAttribute("aria-describedby", /mc-f-1-title/);
  await expect(answer.getByRole("listitem").first().getByRole("link").first()).toBeVisible();
  await expect(page.getByRole("link", { name: w.door })).toBeVisible();
}

async function handOffToLegalCheck(page: Page, locale: Locale) {
  // The checker's own words, read from its messages (that page's copy is not this journey's).
  const checker = (locale === "zh-Hans" ? hans : hant).legalCheck;
  await page.getByRole("link", { name: WORDS[locale].handoff }).click();
  await expect(page).toHaveURL(new RegExp(`/${locale}/guide/legal-check\\?i=nightCalls&i=thirdParties&i=infoPosted&k=credit_card#complaint$`));
  for (const item of ["nightCalls", "thirdParties", "infoPosted"] as const) await expect(page.getByLabel(checker.items[item].label)).toBeChecked();
  await expect(page.getByLabel(checker.items.threats.label)).not.toBeChecked();
  await expect(page.getByRole("textbox", { name: checker.complaintLabel })).toBeVisible();
}

for (const locale of ["zh-Hans", "zh-Hant"] as const) {
  test.describe(`message check (${locale}) with JavaScript`, () => {
    test("checks in the browser: nothing is sent, the marked message and findings show, then the legality checker opens with items ticked", async ({ page }) => {
      await page.goto(`/${locale}/guide/message-check`);
      await expect(page.locator("form[data-hydrated]")).toHaveCount(1);
      const leaks = watchForLeaks(page);
      const sent: string[] = [];
      page.on("request", (request) => sent.push(`${request.method()} ${request.url()}`));

      await fillAndCheck(page, locale);
      await expectAnswer(page, locale);
      await expect(page.getByText(WORDS[locale].browser)).toBeVisible();
      await expect(page.getByRole("heading", { name: WORDS[locale].result })).toBeFocused();
      expect(sent, "requests made by checking").toEqual([]);
      expect(page.url()).toMatch(new RegExp(`/${locale}/guide/message-check$`));
      await expectNoAxeViolations(page);
      if (locale === "zh-Hant") await expectTraditional(page);

      await handOffToLegalCheck(page, locale);
      expect(leaks).toEqual([]);
    });

    test("the browser renders the same answer as the server", async ({ page, browser }) => {
      await page.goto(`/${locale}/guide/message-check`);
      await expect(page.locator("form[data-hydrated]")).toHaveCount(1);
      await fillAndCheck(page, locale);
      await expect(page.getByRole("heading", { name: WORDS[locale].result })).toBeVisible();
      const inBrowser = await page.locator("#mc-output").innerHTML();

      const noJs = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 360, height: 800 } });
      const other = await noJs.newPage();
      await other.goto(page.url());
      await fillAndCheck(other, locale);
      await expect(other.getByRole("heading", { name: WORDS[locale].result })).toBeVisible();
      const onServer = await other.locator("#mc-output").innerHTML();
      await noJs.close();
      // Only the line that says where the check ran differs.
      const strip = (html: string) => html.replace(/<p id="mc-checked-in"[^>]*>.*?<\/p>/, "");
      expect(strip(inBrowser)).toBe(strip(onServer));
      expect(inBrowser).not.toBe(onServer);
    });
  });

  test.describe(`message check (${locale}) without JavaScript`, () => {
    test.use({ javaScriptEnabled: false });

    test("posts to the page, answers uncached, and hands off to the legality checker with items ticked", async ({ page }) => {
      await page.goto(`/${locale}/guide/message-check`);
      const leaks = watchForLeaks(page);
      const answered = page.waitForResponse((r) => r.request().method() === "POST");
      await fillAndCheck(page, locale);
      const response = await answered;
      expect(response.headers()["cache-control"]).toBe("no-store");
      await expectAnswer(page, locale);
      await expect(page.getByText(WORDS[locale].server)).toBeVisible();
      expect(page.url()).toMatch(new RegExp(`/${locale}/guide/message-check#mc-output$`));
      await handOffToLegalCheck(page, locale);
      expect(leaks).toEqual([]);
    });
  });
}

test("a lawful reminder offers the negotiation letter, and the empty form shows an error", async ({ page }) => {
  await page.goto("/zh-Hans/guide/message-check");
  await expect(page.locator("form[data-hydrated]")).toHaveCount(1);
  await page.getByRole("button", { name: "检查这条消息" }).click();
  await expect(page.getByText("请先粘贴收到的消息。")).toBeVisible();
  await expect(page.getByLabel("收到的消息（一条）")).toBeFocused();
  await page.getByLabel("收到的消息（一条）").fill(LAWFUL);
  await page.getByRole("button", { name: "检查这条消息" }).click();
  await expect(page.getByText("请先粘贴收到的消息。")).toBeHidden();
  await page.getByRole("link", { name: WORDS["zh-Hans"].letter }).click();
  await expect(page).toHaveURL(/\/zh-Hans\/guide\/negotiate$/);
});

test("a dedicated server writes nothing of the message to its output (no-JS POST and the API)", async ({ browser }) => {
  test.skip(Boolean(process.env.E2E_BASE_URL), "needs the local production build");
  const port = await freePort();
  const next = path.join("node_modules", "next", "dist", "bin", "next");
  const server = spawn(process.execPath, [next, "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...process.env, SITE_URL: `http://127.0.0.1:${port}`, NEXT_TELEMETRY_DISABLED: "1" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  server.stdout.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  server.stderr.on("data", (chunk: Buffer) => (output += chunk.toString("utf8")));
  const local = `http://127.0.0.1:${port}`;
  try {
    await expect.poll(() => fetch(`${local}/robots.txt`).then((r) => r.status, () => 0), { timeout: 30_000 }).toBe(200);
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${local}/zh-Hans/guide/message-check`);
    await fillAndCheck(page, "zh-Hans");
    await expect(page.getByText(WORDS["zh-Hans"].server)).toBeVisible();
    await context.close();
    const api = await fetch(`${local}/api/v1/message-check`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ text: MESSAGES["zh-Hans"], lender: "credit-card", receivedAt: "2026-11-30T23:10" }),
    });
    expect(api.status).toBe(200);
    expect(api.headers.get("cache-control")).toBe("no-store");
    expect(api.headers.get("access-control-allow-origin")).toBeNull();
    for (const [name, value] of api.headers) for (const marker of LEAK_MARKERS) expect(`${name}: ${value}`).not.toContain(marker);
    const tooBig = await fetch(`${local}/api/v1/message-check`, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify({ text: `甲乙丙丁${"x".repeat(40_000)}` }) });
    expect(tooBig.status).toBe(413);
    const bad = await fetch(`${local}/api/v1/message-check`, { method: "POST", headers: { "Content-Type": "application/json" }, body: "甲乙丙丁" });
    expect(bad.status).toBe(400);
    // Give the server a moment to flush anything it might log.
    await new Promise((resolve) => setTimeout(resolve, 300));
    for (const marker of LEAK_MARKERS) expect(output, "server output").not.toContain(marker);
    expect(output).toContain("Ready"); // the capture works
  } finally {
    server.kill("SIGTERM");
  }
});
