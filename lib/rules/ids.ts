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

/** Collection stages by days overdue; their day boundaries depend on the kind of lender (timing.ts). */
export const STAGE_IDS = ["not_overdue", "reminder", "intensive", "outsourced", "legal"] as const;
export type StageId = (typeof STAGE_IDS)[number];

/** Where the borrower is relative to the usual visit window for their kind of lender. */
export const PHASES = ["not_overdue", "before", "in", "after"] as const;
export type Phase = (typeof PHASES)[number];

/** Likelihood levels, lowest first. */
export const LEVELS = ["very_low", "low", "moderate", "high", "very_high"] as const;
export type Level = (typeof LEVELS)[number];

/**
 * Every factor id estimate() can report. Each has one fixed direction, so one localized line per id
 * is enough ("raises"/"lowers" in the output always matches the direction noted here).
 */
export const FACTOR_IDS = [
  "not_overdue", // lowers: nothing is overdue, so there is no collection (score fixed at 0)
  "stage_reminder", // raises a little: the first week, reminders only
  "stage_intensive", // raises: in-house calls, before the kind's usual outsourcing day
  "stage_outsourced", // raises: the kind's usual visit window (outside agencies)
  "stage_legal", // raises, less over time: past the window; lawsuit, sale, old-debt collection
  "kind_mostly_remote", // lowers: this kind of lender collects mostly by phone and app
  "lender_mostly_remote", // lowers: this lender is known to collect mostly remotely
  "amount_small", // lowers: below the reference amount, a visit pays less
  "amount_large", // raises: above the reference amount
  "contact_repaying", // lowers: repaying under a plan
  "contact_negotiating", // lowers: in talks with the lender
  "contact_ignoring", // raises: reachable but not responding
  "contact_unreachable", // raises: cannot be reached at all (visits are used to locate a borrower)
  "region_tier1", // raises: dense first-tier city, visits are cheap to make
  "region_rural", // lowers: remote area, visits cost more
  "history_first", // lowers: first time overdue
  "history_repeat", // raises: overdue before
  "partial_repayment", // lowers: paying part of what is owed
  "small_debt_cap", // lowers: a visit costs more than a debt this small can recover, so at most "low"
  "never_certain", // lowers: nothing makes a visit certain
] as const;
export type FactorId = (typeof FACTOR_IDS)[number];
