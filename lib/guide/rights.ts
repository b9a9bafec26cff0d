import type { Cites } from "./citations";
import type { FigureArgs } from "./legal-figures";

/**
 * The rights page: what collectors may not do, what a lender may lawfully do (including what follows a
 * lawsuit and an ignored judgment), the credit-card criminal line, credit-report facts.
 * Words are in messages under rights.points.<id>; each point rests on the sources it cites. A point that
 * states a legal figure gets it as a message argument (`figures`: argument name → figure id).
 */
/** The figures the card-crime explanation states; the result's card note shows the same words with them. */
export const CARD_CRIME_FIGURES = {
  amount: "cardCrimeAmountYuan",
  months: "cardCrimeUnpaidMonths",
  gapDays: "cardCrimeNoticeGapDays",
} as const satisfies FigureArgs;

export const RIGHTS_SECTIONS = [
  {
    id: "mayNot",
    points: [
      { id: "nightHours", cites: ["gbt-45251-2025", "cba-consumer-loan-collection-2026", "nifa-collection-guideline-2024"] },
      {
        id: "callsPerDay",
        cites: ["gbt-45251-2025", "cba-consumer-loan-collection-2026", "civil-code-1033", "public-security-law-2025-50"],
      },
      {
        id: "thirdParties",
        cites: [
          "civil-code-1034",
          "civil-code-1038",
          "pipl",
          "credit-card-measures-2011-68",
          "cba-consumer-loan-collection-2026",
          "gbt-45251-2025",
        ],
      },
      {
        id: "visits",
        cites: ["cba-consumer-loan-collection-2026", "civil-code-1033", "public-security-trespass", "criminal-law-245"],
      },
      { id: "threats", cites: ["public-security-law-2025-50", "cfc-measures-2024", "criminal-law-293-1"] },
      { id: "fakePapers", cites: ["cba-consumer-loan-collection-2026", "criminal-law-280", "criminal-law-279"] },
      { id: "publicExposure", cites: ["cba-consumer-loan-collection-2026", "gbt-45251-2025"] },
      { id: "noExtraFees", cites: ["cba-consumer-loan-collection-2026"] },
    ],
  },
  {
    id: "mayDo",
    points: [
      { id: "remind", cites: ["cfc-measures-2024"] },
      { id: "sellDebt", cites: ["civil-code-545-546", "homecredit-npl-sales"] },
      { id: "sue", cites: ["civil-procedure-law"] },
      { id: "freeze", cites: ["civil-procedure-preservation", "civil-code-568"] },
      { id: "afterJudgment", cites: ["civil-procedure-law", "spending-ban-rules", "defaulter-list", "criminal-law-313"] },
      { id: "interest", cites: ["spc-2017-22", "spc-private-lending-2020", "judicial-reply-2020-27"] },
      { id: "limitation", cites: ["civil-code-limitation"], figures: { years: "limitationYears" } },
      { id: "cardInstalment", cites: ["credit-card-measures-2011-70"] },
    ],
  },
  {
    // Credit cards only: never shown as a risk of other loans.
    id: "cardCrime",
    points: [
      {
        id: "cardCrimeWhat",
        cites: ["criminal-law-196", "card-crime-interpretation-2018"],
        figures: CARD_CRIME_FIGURES,
      },
      { id: "cardCrimeSafe", cites: ["card-crime-interpretation-2018"] },
    ],
  },
  {
    id: "credit",
    points: [
      { id: "notice", cites: ["credit-reporting-reg-15"] },
      { id: "retention", cites: ["credit-reporting-reg-16"] },
      { id: "relief", cites: ["pboc-credit-relief-2025", "nfra-impersonation-alert-2023"] },
      { id: "noRepair", cites: ["credit-reporting-reg-16", "credit-reporting-reg-25", "nfra-impersonation-alert-2023"] },
    ],
  },
] as const satisfies readonly { id: string; points: readonly { id: string; cites: Cites; figures?: FigureArgs }[] }[];

export type RightsSectionId = (typeof RIGHTS_SECTIONS)[number]["id"];
export type RightsPointId = (typeof RIGHTS_SECTIONS)[number]["points"][number]["id"];
