import { expect, LOCALES, test } from "./fixtures";

/**
 * The result tells the truth the law makes matter: the card criminal note appears for card debts where it
 * applies and nowhere else; the level and the timing text agree; old debts get an answer that fits them.
 */
const WORDS = {
  "zh-Hans": {
    cardNote: "信用卡欠款：了解“恶意透支”的界线",
    inWindow: "你正处在这个时段里。",
    afterWindow: /你已经过了这个时段/,
    oldDebt: /诉讼时效可能已经过了/,
    headline: /接下来14天内有人上门催收的可能性：较高/,
    factorBasis: /有公开依据|我们的判断/,
  },
  "zh-Hant": {
    cardNote: "信用卡欠款：瞭解「惡意透支」的界線",
    inWindow: "你正處在這個時段裡。",
    afterWindow: /你已經過了這個時段/,
    oldDebt: /訴訟時效可能已經過了/,
    headline: /接下來14天內有人上門催收的可能性：較高/,
    factorBasis: /有公開依據|我們的判斷/,
  },
} as const;

const CARD_UNREACHABLE = "lender=credit-card&days=100&amount=60000&contact=unreachable";
const CARD_LARGE_LATE = "lender=credit-card&days=120&amount=80000&contact=ignoring";
const CARD_SMALL_REACHABLE = "lender=credit-card&days=120&amount=8000&contact=ignoring";
const CFC_UNREACHABLE = "lender=homecredit&days=100&amount=60000&contact=unreachable";

for (const locale of LOCALES) {
  const w = WORDS[locale];

  test.describe(`${locale}: what the result must say`, () => {
    test.use({ javaScriptEnabled: false });

    test("the card criminal note appears for an unreachable card holder, and for a large card debt past three months", async ({ page }) => {
      for (const query of [CARD_UNREACHABLE, CARD_LARGE_LATE]) {
        await page.goto(`/${locale}/result?${query}`);
        await expect(page.getByRole("heading", { name: w.cardNote })).toBeVisible();
      }
    });

    test("the card criminal note never appears for a small reachable card debt or for any other loan", async ({ page }) => {
      for (const query of [CARD_SMALL_REACHABLE, CFC_UNREACHABLE, "lender=weilidai&days=400&amount=900000&contact=unreachable"]) {
        await page.goto(`/${locale}/result?${query}`);
        await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
        await expect(page.getByRole("heading", { name: w.cardNote })).toHaveCount(0);
      }
    });

    test("a high level and its timing agree: Home Credit, 100 days, ¥60,000, unreachable is inside the window", async ({ page }) => {
      await page.goto(`/${locale}/result?${CFC_UNREACHABLE}`);
      await expect(page.getByRole("heading", { level: 1 })).toHaveText(w.headline);
      await expect(page.getByText(w.inWindow)).toBeVisible();
      await expect(page.getByText(w.afterWindow)).toHaveCount(0);
    });

    test("an old debt is past the window and gets the limitation note", async ({ page }) => {
      await page.goto(`/${locale}/result?lender=asset-manager&days=3000&amount=30000&contact=ignoring`);
      await expect(page.getByText(w.afterWindow)).toBeVisible();
      await expect(page.getByText(w.oldDebt)).toBeVisible();
    });

    test("every factor line says whether it rests on a source or on judgement", async ({ page }) => {
      await page.goto(`/${locale}/result?${CFC_UNREACHABLE}`);
      const factors = page.getByRole("region", { name: /哪些因素|哪些因素/ }).getByRole("listitem");
      const count = await factors.count();
      expect(count).toBeGreaterThan(1);
      for (let i = 0; i < count; i++) await expect(factors.nth(i)).toHaveText(w.factorBasis);
    });

    test("an old bank-card link still opens, as the other-bank-loan entry", async ({ page }) => {
      await page.goto(`/${locale}/result?lender=bank-card&days=45&amount=20000&contact=ignoring`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByText(/其他银行贷款|其他銀行貸款/).first()).toBeVisible();
    });
  });
}
