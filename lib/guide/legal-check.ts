import type { SourceId } from "@/lib/sources";
import { orderChannels, type ChannelId } from "./channels";
import type { Cites } from "./citations";
import { fillTemplate } from "./template";

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

/** What kind of lender: decides which industry rules and whether the online-lending tip-off platform apply. */
export const LENDER_KINDS = ["bank", "cfc", "online", "unknown"] as const;
export type LenderKind = (typeof LENDER_KINDS)[number];
/** The lender kinds that have their own industry rules (everything but "unknown"). */
export const KNOWN_KINDS = ["online", "bank", "cfc"] as const;
export type KnownKind = (typeof KNOWN_KINDS)[number];

/**
 * When an industry rule binds only part of a kind, or the kind is unknown, the citation says so:
 * online lending only, credit cards only, only if the lender is a China Banking Association member,
 * consumer finance companies only.
 */
export const RULE_SCOPES = ["online", "card", "member", "cfc"] as const;
export type RuleScope = (typeof RULE_SCOPES)[number];

export interface ScopedRule {
  readonly id: SourceId;
  /** Set when the rule applies only in the case named (see RULE_SCOPES). */
  readonly scope?: RuleScope;
}

export interface ItemRule {
  /** Laws that bind every lender and collector, strongest first. */
  readonly rules: Cites;
  /**
   * Standards, self-regulation and sector rules, by the kind of lender they bind: a recommended standard
   * and the internet finance association's guideline for online lending; the banking association's
   * guideline for its members' cards and consumer loans; the credit-card measures for cards; the
   * consumer finance company measures for those companies. A kind missing here has none for this item.
   */
  readonly byKind?: Partial<Record<KnownKind, readonly ScopedRule[]>>;
  /** Where to complain; "nifa" only applies to online lending (see channelsFor). */
  readonly channels: readonly ChannelId[];
  /**
   * The laws the complaint text cites, when narrower than `rules`: a rule that applies only in some
   * cases (illegal debts, a visitor inside the home) is explained on the page but not asserted in a complaint.
   */
  readonly complaintRules?: Cites;
}

const GBT: ScopedRule = { id: "gbt-45251-2025" };
const NIFA: ScopedRule = { id: "nifa-collection-guideline-2024" };
const CBA: ScopedRule = { id: "cba-consumer-loan-collection-2026" };
// A consumer finance company is bound by the banking association's guideline only if it is a member.
const CBA_IF_MEMBER: ScopedRule = { id: "cba-consumer-loan-collection-2026", scope: "member" };
const CARD_68: ScopedRule = { id: "credit-card-measures-2011-68", scope: "card" };
const CFC: ScopedRule = { id: "cfc-measures-2024" };

export const CHECK_RULES: Readonly<Record<CheckItem, ItemRule>> = {
  // Night hours come from the standard and the guidelines only; no law sets them.
  nightCalls: {
    rules: [],
    byKind: { online: [GBT, NIFA], bank: [CBA], cfc: [CBA_IF_MEMBER] },
    channels: ["lender", "nfra", "nifa", "heimao"],
  },
  manyCalls: {
    rules: ["civil-code-1033", "public-security-law-2025-50"],
    byKind: { online: [GBT], bank: [CBA], cfc: [CBA_IF_MEMBER] },
    channels: ["lender", "nfra", "nifa", "heimao"],
  },
  // No law or guideline we verified covers third parties for a bank's non-card loan or a consumer finance company.
  thirdParties: {
    rules: [],
    byKind: { online: [GBT], bank: [CARD_68] },
    channels: ["lender", "nfra", "nifa", "heimao"],
  },
  threats: {
    rules: ["public-security-law-2025-50", "criminal-law-293-1"],
    byKind: { cfc: [CFC] },
    channels: ["police", "nfra", "nifa"],
    complaintRules: ["public-security-law-2025-50"], // 293-1 only for illegal debts such as usury
  },
  fakePapers: {
    rules: ["criminal-law-280", "criminal-law-279"],
    byKind: { bank: [CBA], cfc: [CBA_IF_MEMBER] },
    channels: ["police", "nfra", "nifa"],
  },
  // Nothing in the industry rules covers a visitor who will not leave: only the general law does.
  wouldNotLeave: {
    rules: ["public-security-law-2025-50", "criminal-law-245"],
    channels: ["police", "nfra", "nifa"],
    complaintRules: ["public-security-law-2025-50"], // 245 only once inside the home
  },
  attemptedEntry: {
    rules: ["criminal-law-245", "civil-code-1033"],
    byKind: { online: [NIFA], bank: [CBA], cfc: [CBA_IF_MEMBER] },
    channels: ["police", "nfra", "nifa"],
  },
  infoPosted: {
    rules: ["civil-code-1033"],
    byKind: { online: [GBT], bank: [CBA], cfc: [CBA_IF_MEMBER] },
    channels: ["nfra", "nifa", "legalAid", "heimao"],
  },
  // A demand to pay a person rather than the lender is the mark of a fake collector: a scam, not a complaint.
  personalAccount: {
    rules: ["beijing-fake-collectors-2026-03"],
    channels: ["police", "lender"],
  },
  noNotice: {
    rules: ["credit-reporting-reg-15", "credit-reporting-reg-25"],
    channels: ["lender", "pboc"],
  },
};

// What each industry rule covers when the lender kind is unknown.
const NATURAL_SCOPE: Partial<Record<SourceId, RuleScope>> = {
  "gbt-45251-2025": "online",
  "nifa-collection-guideline-2024": "online",
  "cba-consumer-loan-collection-2026": "member",
  "credit-card-measures-2011-68": "card",
  "cfc-measures-2024": "cfc",
};

/** The industry rules for one item and lender kind; for an unknown lender, every kind's, each marked with its scope. */
export function industryRulesFor(item: CheckItem, kind: LenderKind): ScopedRule[] {
  const byKind = CHECK_RULES[item].byKind ?? {};
  if (kind !== "unknown") return [...(byKind[kind] ?? [])];
  const seen = new Set<SourceId>();
  const all: ScopedRule[] = [];
  for (const known of KNOWN_KINDS) {
    for (const rule of byKind[known] ?? []) {
      if (seen.has(rule.id)) continue;
      seen.add(rule.id);
      const scope = NATURAL_SCOPE[rule.id];
      all.push(scope ? { id: rule.id, scope } : { id: rule.id });
    }
  }
  return all;
}

/** The kinds of lender that have industry rules for an item (the page explains each of them). */
export function kindsWithRules(item: CheckItem): KnownKind[] {
  const byKind = CHECK_RULES[item].byKind ?? {};
  return KNOWN_KINDS.filter((kind) => (byKind[kind] ?? []).length > 0);
}

/** Every source the page cites for one item and lender kind: the laws first, then the industry rules. */
export function itemRulesFor(item: CheckItem, kind: LenderKind): SourceId[] {
  return [...new Set([...CHECK_RULES[item].rules, ...industryRulesFor(item, kind).map((rule) => rule.id)])];
}

/** What the complaint text cites for one item and lender kind: the laws that always apply, then the industry rules. */
export function complaintRulesFor(item: CheckItem, kind: LenderKind): ScopedRule[] {
  const laws = CHECK_RULES[item].complaintRules ?? CHECK_RULES[item].rules;
  return [...laws.map((id) => ({ id })), ...industryRulesFor(item, kind)];
}

export interface CheckQuery {
  readonly items: readonly CheckItem[];
  readonly kind: LenderKind;
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

function isLenderKind(value: string): value is LenderKind {
  return (LENDER_KINDS as readonly string[]).includes(value);
}

/** Reads `?i=<item>&i=<item>&k=<kind>`; unknown values are ignored, items come back in checklist order. */
export function parseCheckQuery(query: Readonly<Record<string, QueryValue>>): CheckQuery {
  const ticked = new Set(values(query.i).filter(isCheckItem));
  const kind = values(query.k).find(isLenderKind);
  return {
    items: CHECK_ITEMS.filter((item) => ticked.has(item)),
    kind: kind ?? "unknown",
    submitted: kind !== undefined || ticked.size > 0,
  };
}

/** The query string for a set of answers (used by tests and links). */
export function checkQueryString(items: readonly CheckItem[], kind: LenderKind): string {
  const params = new URLSearchParams();
  for (const item of items) params.append("i", item);
  params.set("k", kind);
  return params.toString();
}

/** Channels for one item, given the kind of lender: the online-lending platform only where it can apply. */
export function channelsForItem(item: CheckItem, kind: LenderKind): ChannelId[] {
  const online = kind === "online" || kind === "unknown";
  return orderChannels(CHECK_RULES[item].channels.filter((id) => id !== "nifa" || online));
}

/** Every channel for the ticked items, in priority order, ending with free legal advice (12348). */
export function channelsFor(items: readonly CheckItem[], kind: LenderKind): ChannelId[] {
  if (items.length === 0) return [];
  return orderChannels([...items.flatMap((item) => channelsForItem(item, kind)), "legalAid"]);
}

/** Sources behind the ticked items for a kind of lender, each once, in order of first use. */
export function rulesFor(items: readonly CheckItem[], kind: LenderKind): SourceId[] {
  return [...new Set(items.flatMap((item) => itemRulesFor(item, kind)))];
}

/** Every source the checker can cite, for any kind of lender (the sources page lists them all). */
export function allCheckRules(): SourceId[] {
  return [...new Set((Object.keys(CHECK_RULES) as CheckItem[]).flatMap((item) => itemRulesFor(item, "unknown")))];
}

export interface ComplaintWords {
  readonly title: string;
  readonly respondent: string;
  readonly complainant: string;
  readonly factsIntro: string;
  /** "{n}. {text}（依据：{rules}）" */
  readonly item: string;
  /** "{n}. {text}": an item with no rule to cite for this kind of lender. */
  readonly itemNoRules: string;
  /** "{rule}（{scope}）": a rule that binds only in the case named. */
  readonly scoped: string;
  /** The case a scoped rule binds in, e.g. "如被投诉机构是中国银行业协会会员". */
  readonly scopes: Readonly<Record<RuleScope, string>>;
  readonly requestsIntro: string;
  readonly request1: string;
  readonly request2: string;
  readonly request3: string;
  readonly evidence: string;
  readonly signature: string;
  readonly ruleSeparator: string;
}

/**
 * The complaint text for the ticked items and the kind of lender, in the page's script. `itemText` gives
 * each item's sentence (with 【…】 blanks), `cite` a source's short citation (title and article). Only the
 * rules that bind this kind of lender are cited; a rule that binds only in some cases says which.
 * No personal data goes in: the borrower fills the blanks after copying. Returns "" when nothing is ticked.
 */
export function composeComplaint(
  items: readonly CheckItem[],
  kind: LenderKind,
  words: ComplaintWords,
  itemText: (item: CheckItem) => string,
  cite: (id: SourceId) => string,
): string {
  if (items.length === 0) return "";
  const facts = items.map((item, index) => {
    const rules = complaintRulesFor(item, kind).map((rule) =>
      rule.scope ? fillTemplate(words.scoped, { rule: cite(rule.id), scope: words.scopes[rule.scope] }) : cite(rule.id),
    );
    const values = { n: index + 1, text: itemText(item), rules: [...new Set(rules)].join(words.ruleSeparator) };
    return fillTemplate(rules.length > 0 ? words.item : words.itemNoRules, values);
  });
  return [
    words.title,
    "",
    words.respondent,
    words.complainant,
    "",
    words.factsIntro,
    ...facts,
    "",
    words.requestsIntro,
    words.request1,
    words.request2,
    words.request3,
    "",
    words.evidence,
    "",
    words.signature,
  ].join("\n");
}
