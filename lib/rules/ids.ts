/**
 * Stable ids shared by the rules, the answers schema, the pages and the API.
 * Renaming one breaks shared links, cached API responses and message keys: add, don't rename.
 */

/** Lender ids, in the order the questionnaire lists them (most commonly owed first, generic last). */
export const LENDER_IDS = [
  "huabei",
  "jd",
  "weilidai",
  "credit-card",
  "zhaolian",
  "mashang",
  "anyihua",
  "duxiaoman",
  "360jietiao",
  "fenqile",
  "meituan",
  "homecredit",
  "haier",
  "zhongyin",
  "xingye",
  "pingan-puhui",
  "rongyi",
  "bank-loan",
  "other-cfc",
  "other-online",
  "small-loan",
  "asset-manager",
] as const;
export type LenderId = (typeof LENDER_IDS)[number];

/**
 * Old ids still accepted in URLs and the API, mapped to the id that replaced them. `bank-card` was the
 * generic "other bank loan" entry (a misleading name beside the credit card): links that use it keep working.
 */
export const LENDER_ALIASES: Readonly<Record<string, LenderId>> = { "bank-card": "bank-loan" };

/**
 * Kinds of lender. Each lender record has one; the kind drives timing, propensity, the rules that bind
 * the lender and the complaint channels. Pages that ask only for a kind offer these, not the lenders.
 */
export const LENDER_KINDS = [
  "credit_card", // a bank credit card
  "bank_loan", // a bank consumer loan, incl. WeBank's 微粒贷
  "consumer_finance", // a licensed consumer finance company
  "online_platform", // an online platform lender (often lending through partner institutions)
  "small_loan", // a small-loan company / online micro-lender, supervised by the provincial local financial regulator
  "matching_brand", // a loan-matching brand: the real lender is the one named in the contract
  "asset_manager", // the debt was sold to an asset manager (a new creditor)
] as const;
export type LenderKind = (typeof LENDER_KINDS)[number];

/** How well the record identifies who holds the debt: a named lender, a generic entry, or unclear until the contract is read. */
export const CREDITOR_CLARITY = ["named", "generic", "in_contract"] as const;
export type CreditorClarity = (typeof CREDITOR_CLARITY)[number];

/** Collection stages by days overdue (see stages in weights.ts for the day boundaries and sources). */
export const STAGE_IDS = ["not_overdue", "reminder", "intensive", "outsourced", "legal"] as const;
export type StageId = (typeof STAGE_IDS)[number];

/** Likelihood levels, lowest first. */
export const LEVELS = ["very_low", "low", "moderate", "high", "very_high"] as const;
export type Level = (typeof LEVELS)[number];

/**
 * Every factor id estimate() can report. Each has one fixed direction, so one localized line per id
 * is enough ("raises"/"lowers" in the output always matches the direction noted here).
 */
export const FACTOR_IDS = [
  "not_overdue", // lowers: nothing is overdue, so there is no collection (score fixed at 0)
  "stage_reminder", // raises a little: days 1–7, reminders only
  "stage_intensive", // raises: days 8–30, frequent calls
  "stage_outsourced", // raises: days 31–90, outside agencies, visits become possible
  "stage_legal", // raises: day 91+, lawsuit or sale of the debt more likely; visits still possible
  "amount_small", // lowers: under ¥3,000, a visit costs more than it is likely to recover
  "amount_modest", // lowers: ¥3,000–9,999
  "amount_large", // raises: ¥50,000–199,999
  "amount_very_large", // raises: ¥200,000 and more
  "contact_repaying", // lowers: repaying under a plan
  "contact_negotiating", // lowers: in talks with the lender
  "contact_ignoring", // raises: reachable but not responding
  "contact_unreachable", // raises: cannot be reached at all
  "region_tier1", // raises: dense first-tier city, visits are cheap to make
  "region_rural", // lowers: remote area, visits cost more
  "history_first", // lowers: first time overdue
  "history_repeat", // raises: overdue before
  "partial_repayment", // lowers: paying part of what is owed
  "lender_mostly_remote", // lowers: this lender is known to collect mostly remotely
  "stage_cap", // lowers: the stage limits how high the estimate can go (too early for visits)
  "stage_floor", // raises: once the debt is with outside agencies a visit is never ruled out
] as const;
export type FactorId = (typeof FACTOR_IDS)[number];
