import { LENDER_KINDS, type LenderKind } from "@/lib/rules/ids";
import type { SourceId } from "@/lib/sources";
import { channelsForKind, orderChannels, type ChannelId } from "./channels";
import type { Cites } from "./citations";

/**
 * "Is this collection legal?": what happened → which rules it breaks and where to complain,
 * plus a complaint text with blanks (【…】) the borrower fills in after copying. Pure data and functions:
 * the page renders the result on the server from a GET query that holds only item ids, never personal data.
 */
export const CHECK_ITEMS = [
  "nightCalls",
  "manyCalls",
  "thirdParties",
  "threats",
  "fakePapers",
  "wouldNotLeave",
  "attemptedEntry",
  "infoPosted",
  "personalAccount",
  "noNotice",
] as const;
export type CheckItem = (typeof CHECK_ITEMS)[number];

/**
 * The kind of lender, as the rules module defines it, or "unknown". It decides which industry rules bind
 * and which regulator to complain to (channelsForKind).
 */
export const CHECK_KINDS = [...LENDER_KINDS, "unknown"] as const satisfies readonly (LenderKind | "unknown")[];
export type CheckKind = (typeof CHECK_KINDS)[number];

/** Values the checker used before it took the rules' kinds: old links keep working. */
export const KIND_ALIASES: Readonly<Record<string, CheckKind>> = {
  bank: "bank_loan",
  cfc: "consumer_finance",
  online: "online_platform",
};

/**
 * When an industry rule binds only part of a kind, or the kind is unknown, the citation says so:
 * only if the loan was taken online or in an app, credit cards only, only if the lender is a China
 * Banking Association member, consumer finance companies only.
 */
export const RULE_SCOPES = ["online", "card", "member", "cfc"] as const;
export type RuleScope = (typeof RULE_SCOPES)[number];

/**
 * The industry and sector rules, by a short key (the message key of what each says about an item):
 * the recommended standard for online consumer lending, the internet finance association's guideline,
 * the banking association's guideline for cards and consumer loans, the credit-card measures and the
 * consumer finance company measures.
 */
export const RULE_KEYS = ["gbt", "nifa", "cba", "card", "cfc"] as const;
export type RuleKey = (typeof RULE_KEYS)[number];

export const RULE_SOURCES: Readonly<Record<RuleKey, SourceId>> = {
  gbt: "gbt-45251-2025",
  nifa: "nifa-collection-guideline-2024",
  cba: "cba-consumer-loan-collection-2026",
  card: "credit-card-measures-2011-68",
  cfc: "cfc-measures-2024",
};

/** true: binds this kind of lender; a scope: binds only in that case; missing: does not bind. */
type Binding = true | RuleScope;

/**
 * Which industry rules bind each kind of lender. GB/T 45251 covers personal online consumer lending,
 * including online loans of banks, consumer finance companies and small-loan companies: for those kinds it
 * binds "if the loan was taken online or in an app". The banking association's guideline binds its members
 * (banks; a consumer finance company or the real lender behind a platform only if it is a member). The
 * credit-card measures bind cards only, the consumer finance company measures those companies only.
 * A debt sold to an asset manager: no industry rule we verified binds the new creditor, only the law.
 */
export const KIND_RULES: Readonly<Record<CheckKind, Partial<Record<RuleKey, Binding>>>> = {
  credit_card: { cba: true, card: true },
  bank_loan: { gbt: "online", cba: true },
  consumer_finance: { gbt: "online", cba: "member", cfc: true },
  online_platform: { gbt: true, nifa: true },
  small_loan: { gbt: "online", nifa: "online" },
  matching_brand: { gbt: true, nifa: true, cba: "member" },
  asset_manager: {},
  unknown: { gbt: "online", nifa: "online", cba: "member", card: "card", cfc: "cfc" },
};

export interface ScopedRule {
  readonly id: SourceId;
  readonly key: RuleKey;
  /** Set when the rule applies only in the case named (see RULE_SCOPES). */
  readonly scope?: RuleScope;
}

/** In an item's channel list: the regulator(s) for the kind of lender (see channelsForKind). */
export const REGULATOR = "regulator";
type ItemChannel = ChannelId | typeof REGULATOR;

export interface ItemRule {
  /** Laws that bind every lender and collector, strongest first. */
  readonly rules: Cites;
  /** The industry rules that speak to this item; which of them bind depends on the kind (KIND_RULES). */
  readonly industry?: readonly RuleKey[];
  /** Where to complain, in priority order; "regulator" stands for the kind's regulator(s). */
  readonly channels: readonly ItemChannel[];
  /**
   * The laws the complaint text cites, when narrower than `rules`: a rule that applies only in some
   * cases (illegal debts, a visitor inside the home) is explained on the page but not asserted in a complaint.
   */
  readonly complaintRules?: Cites;
}

// Telling others about the debt is unlawful handling of personal information for every lender.
const PERSONAL_INFO: Cites = ["civil-code-1034", "civil-code-1038", "pipl"];

export const CHECK_RULES: Readonly<Record<CheckItem, ItemRule>> = {
  // Night hours come from the standard and the guidelines only; no law sets them. Calls that disturb
  // private life are unlawful at any hour (民法典 第1033条), for every lender, online or not.
  nightCalls: {
    rules: ["civil-code-1033"],
    industry: ["gbt", "nifa", "cba"],
    channels: ["lender", REGULATOR, "harassment", "heimao"],
  },
  manyCalls: {
    rules: ["civil-code-1033", "public-security-law-2025-50"],
    industry: ["gbt", "cba"],
    channels: ["lender", REGULATOR, "harassment", "heimao"],
  },
  thirdParties: {
    rules: PERSONAL_INFO,
    industry: ["gbt", "cba", "card"],
    channels: ["lender", REGULATOR, "harassment", "legalAid", "heimao"],
  },
  threats: {
    rules: ["public-security-law-2025-50", "criminal-law-293-1"],
    industry: ["cfc"],
    channels: ["police", REGULATOR],
    complaintRules: ["public-security-law-2025-50"], // 293-1 only for illegal debts such as usury
  },
  // Court papers can be checked with the court that issued them or 12368.
  fakePapers: {
    rules: ["criminal-law-280", "criminal-law-279"],
    industry: ["cba"],
    channels: ["police", REGULATOR, "court"],
  },
  // Nothing in the industry rules covers a visitor who will not leave: only the general law does.
  wouldNotLeave: {
    rules: ["public-security-law-2025-50", "public-security-trespass", "criminal-law-245"],
    channels: ["police", REGULATOR],
    complaintRules: ["public-security-law-2025-50"], // trespass only once inside the home
  },
  attemptedEntry: {
    rules: ["public-security-trespass", "criminal-law-245", "civil-code-1033"],
    industry: ["nifa", "cba"],
    channels: ["police", REGULATOR],
    complaintRules: ["civil-code-1033"], // an attempt is not yet a trespass
  },
  infoPosted: {
    rules: ["civil-code-1033", ...PERSONAL_INFO],
    industry: ["gbt", "cba"],
    channels: [REGULATOR, "harassment", "legalAid", "heimao"],
  },
  // A demand to pay a person rather than the lender is the mark of a fake collector: a scam, not a complaint.
  personalAccount: {
    rules: ["beijing-fake-collectors-2026-03"],
    channels: ["police", "lender"],
    complaintRules: [], // a regulator's alert explains the scam; nothing in it is "violated"
  },
  noNotice: {
    rules: ["credit-reporting-reg-15", "credit-reporting-reg-25"],
    channels: ["lender", "pboc"],
  },
};

/** The industry rules for one item that bind this kind of lender, each with its scope where it binds only in part. */
export function industryRulesFor(item: CheckItem, kind: CheckKind): ScopedRule[] {
  const binds = KIND_RULES[kind];
  return (CHECK_RULES[item].industry ?? []).flatMap((key): ScopedRule[] => {
    const binding = binds[key];
    if (binding === undefined) return [];
    return [binding === true ? { id: RULE_SOURCES[key], key } : { id: RULE_SOURCES[key], key, scope: binding }];
  });
}

/** Every source the page cites for one item and lender kind: the laws first, then the industry rules. */
export function itemRulesFor(item: CheckItem, kind: CheckKind): SourceId[] {
  return [...new Set([...CHECK_RULES[item].rules, ...industryRulesFor(item, kind).map((rule) => rule.id)])];
}

/** What the complaint text cites for one item and lender kind: the laws that always apply, then the industry rules. */
export function complaintRulesFor(item: CheckItem, kind: CheckKind): { readonly id: SourceId; readonly scope?: RuleScope }[] {
  const laws = CHECK_RULES[item].complaintRules ?? CHECK_RULES[item].rules;
  return [...laws.map((id) => ({ id })), ...industryRulesFor(item, kind).map(({ id, scope }) => (scope ? { id, scope } : { id }))];
}

/** The complaint's script: Simplified for mainland institutions unless Traditional is asked for (?s=zh-Hant). */
export const COMPLAINT_SCRIPTS = ["zh-Hans", "zh-Hant"] as const;
export type ComplaintScript = (typeof COMPLAINT_SCRIPTS)[number];
export const DEFAULT_COMPLAINT_SCRIPT: ComplaintScript = "zh-Hans";

export interface CheckQuery {
  readonly items: readonly CheckItem[];
  readonly kind: CheckKind;
  /** The script the complaint text is written in (the page stays in its own). */
  readonly script: ComplaintScript;
  /** true once the form was sent (the lender-kind radio is always part of it). */
  readonly submitted: boolean;
}

type QueryValue = string | readonly string[] | undefined;

function values(value: QueryValue): readonly string[] {
  if (value === undefined) return [];
  return typeof value === "string" ? [value] : value;
}

function isCheckItem(value: string): value is CheckItem {
  return (CHECK_ITEMS as readonly string[]).includes(value);
}

function checkKind(value: string): CheckKind | undefined {
  if ((CHECK_KINDS as readonly string[]).includes(value)) return value as CheckKind;
  return Object.hasOwn(KIND_ALIASES, value) ? KIND_ALIASES[value] : undefined;
}

/**
 * Reads `?i=<item>&i=<item>&k=<kind>&s=<script>`; unknown values are ignored, items come back in checklist order.
 * The old kind values (bank, cfc, online) are read as their rules-module kinds.
 */
export function parseCheckQuery(query: Readonly<Record<string, QueryValue>>): CheckQuery {
  const ticked = new Set(values(query.i).filter(isCheckItem));
  const kind = values(query.k).map(checkKind).find((k) => k !== undefined);
  const script = values(query.s).find((s): s is ComplaintScript => (COMPLAINT_SCRIPTS as readonly string[]).includes(s));
  return {
    items: CHECK_ITEMS.filter((item) => ticked.has(item)),
    kind: kind ?? "unknown",
    script: script ?? DEFAULT_COMPLAINT_SCRIPT,
    submitted: kind !== undefined || ticked.size > 0,
  };
}

/** The query string for a set of answers (used by tests and links). */
export function checkQueryString(items: readonly CheckItem[], kind: CheckKind, script?: ComplaintScript): string {
  const params = new URLSearchParams();
  for (const item of items) params.append("i", item);
  params.set("k", kind);
  if (script && script !== DEFAULT_COMPLAINT_SCRIPT) params.set("s", script);
  return params.toString();
}

/**
 * Channels for one item, given the kind of lender: the item's own channels, with "regulator" replaced by
 * the regulator(s) for the kind (12378, the local financial regulator, the online-lending tip-off platform).
 */
export function channelsForItem(item: CheckItem, kind: CheckKind): ChannelId[] {
  const regulators = channelsForKind(kind).ids.filter((id) => id !== "lender");
  return orderChannels(CHECK_RULES[item].channels.flatMap((id) => (id === REGULATOR ? regulators : [id])));
}

/** Every channel for the ticked items, in priority order, ending with free legal advice (12348). */
export function channelsFor(items: readonly CheckItem[], kind: CheckKind): ChannelId[] {
  if (items.length === 0) return [];
  return orderChannels([...items.flatMap((item) => channelsForItem(item, kind)), "legalAid"]);
}

/** Sources behind the ticked items for a kind of lender, each once, in order of first use. */
export function rulesFor(items: readonly CheckItem[], kind: CheckKind): SourceId[] {
  return [...new Set(items.flatMap((item) => itemRulesFor(item, kind)))];
}

/** Every source the checker can cite, for any kind of lender (the sources page lists them all). */
export function allCheckRules(): SourceId[] {
  return [...new Set(CHECK_KINDS.flatMap((kind) => CHECK_ITEMS.flatMap((item) => itemRulesFor(item, kind))))];
}

/** The complaint's message keys under "legalCheck", filled through the translator (ICU). */
export type ComplaintKey =
  | `complaint.${
      | "title"
      | "respondent"
      | "complainant"
      | "factsTitle"
      | "factsIntro"
      | "item"
      | "itemNoRules"
      | "place"
      | "requestsIntro"
      | "request1"
      | "request2"
      | "request3"
      | "evidence"
      | "signature"
      | "ruleSeparator"}`
  | `complaint.scopes.${RuleScope}`
  | `items.${CheckItem}.complaint`;

/** A translator for the legalCheck namespace in the complaint's script. */
export type ComplaintTranslate = (key: ComplaintKey, values?: Record<string, string | number>) => string;

/**
 * A rule that binds only in some cases, with its applicability inside one pair of brackets: a citation
 * that already ends in brackets (a standard's number) takes the scope inside them, so brackets never
 * nest or double: 《…》（对中国银行业协会会员机构适用）, 《…》（GB/T 45251—2025，对网上或App里的借款适用）.
 */
export function scopedCitation(citation: string, scope: string): string {
  return citation.endsWith("）") ? `${citation.slice(0, -1)}，${scope}）` : `${citation}（${scope}）`;
}

/**
 * Citations joined as a careful writer would: the same law named once before its articles
 * (《民法典》第一千零三十四条、第一千零三十八条), not repeated before each.
 */
export function joinCitations(citations: readonly string[], separator: string): string {
  return citations
    .map((citation, i) => {
      const title = citation.slice(0, citation.indexOf("》") + 1);
      const previous = citations[i - 1];
      const rest = citation.slice(title.length);
      return title && previous?.startsWith(title) && previous.length > title.length && rest.startsWith("第") ? rest : citation;
    })
    .join(separator);
}

/**
 * The complaint text for the ticked items and the kind of lender, in the script asked for (Simplified by
 * default). `cite` gives a source's short citation (title and article) in that script. Each item reads
 * "1. …，涉嫌违反《…》第…条、《…》。"; only the rules that bind this kind of lender are cited, and one that
 * binds only in some cases says where it applies. The requests are addressed to the lender and the agencies
 * it hired. No personal data goes in: the borrower fills the 【】 blanks (ID number and place optional).
 * Returns "" when nothing is ticked.
 */
export function composeComplaint(items: readonly CheckItem[], kind: CheckKind, t: ComplaintTranslate, cite: (id: SourceId) => string): string {
  if (items.length === 0) return "";
  const facts = items.map((item, index) => {
    const rules = complaintRulesFor(item, kind).map((rule) =>
      rule.scope ? scopedCitation(cite(rule.id), t(`complaint.scopes.${rule.scope}`)) : cite(rule.id),
    );
    const values = { n: index + 1, text: t(`items.${item}.complaint`), rules: joinCitations([...new Set(rules)], t("complaint.ruleSeparator")) };
    return rules.length > 0 ? t("complaint.item", values) : t("complaint.itemNoRules", values);
  });
  return [
    t("complaint.title"),
    "",
    t("complaint.respondent"),
    t("complaint.complainant"),
    "",
    t("complaint.factsTitle"),
    t("complaint.factsIntro"),
    ...facts,
    t("complaint.place"),
    "",
    t("complaint.requestsIntro"),
    t("complaint.request1"),
    t("complaint.request2"),
    t("complaint.request3"),
    "",
    t("complaint.evidence"),
    "",
    t("complaint.signature"),
  ].join("\n");
}
