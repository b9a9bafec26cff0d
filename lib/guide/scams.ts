import type { Cites } from "./citations";

/** The scams page: each scam's signs and what to do (words in messages under scams.<id>). */
export const SCAMS = [
  {
    id: "fakeCollectors",
    signs: ["s1", "s2", "s3", "s4"],
    todo: ["t1", "t2", "t3"],
    cites: ["beijing-fake-collectors-2026-03"],
  },
  {
    id: "middlemen",
    signs: ["s1", "s2", "s3", "s4"],
    todo: ["t1", "t2", "t3"],
    cites: ["beijing-fake-collectors-2026-03", "credit-card-measures-2011-70"],
  },
  {
    id: "creditRepair",
    signs: ["s1", "s2", "s3"],
    todo: ["t1", "t2", "t3"],
    cites: ["credit-reporting-reg-16", "credit-reporting-reg-25", "pboc-credit-relief-2025", "nfra-impersonation-alert-2023"],
  },
  {
    id: "fakeNotices",
    signs: ["s1", "s2", "s3", "s4", "s5"],
    todo: ["t1", "t2", "t3", "t4"],
    cites: ["criminal-law-280", "criminal-law-279", "cba-consumer-loan-collection-2026", "civil-procedure-preservation"],
  },
] as const satisfies readonly { id: string; signs: readonly string[]; todo: readonly string[]; cites: Cites }[];

export type ScamId = (typeof SCAMS)[number]["id"];
