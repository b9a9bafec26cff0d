/**
 * Finding ids of the message check: stable (the API returns them, message keys use them). Add, don't rename.
 */
export const FINDING_IDS = [
  "arrest_or_criminal_threat",
  "card_malicious_overdraft",
  "third_party_disclosure",
  "insult_or_threat",
  "info_publication",
  "visit_notice",
  "night_contact",
  "personal_account",
  "fee_middleman",
  "fake_legal_document",
  "suspicious_link",
  "freeze_claim",
  "credit_report_notice",
  "official_channel",
  "lawsuit_warning",
  "debt_transfer",
] as const;
export type FindingId = (typeof FINDING_IDS)[number];

/** What a finding says about the claim: false, illegal, a scam sign, conditionally true, true, a plain notice. */
export const VERDICTS = ["false", "illegal", "scam", "conditional", "true", "notice"] as const;
export type Verdict = (typeof VERDICTS)[number];
