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

/** What kind of lender: decides whether the online-lending tip-off platform applies. */
export const LENDER_KINDS = ["bank", "cfc", "online", "unknown"] as const;
export type LenderKind = (typeof LENDER_KINDS)[number];

export interface ItemRule {
  /** The rules the conduct breaks, strongest first. */
  readonly rules: Cites;
  /** Where to complain; "nifa" only applies to online lending (see channelsFor). */
  readonly channels: readonly ChannelId[];
  /**
   * The rules the complaint text cites, when narrower than `rules`: a rule that applies only in some
   * cases (illegal debts, a visitor inside the home) is explained on the page but not asserted in a complaint.
   */
  readonly complaintRules?: Cites;
}

export const CHECK_RULES: Readonly<Record<CheckItem, ItemRule>> = {
  nightCalls: {
    rules: ["gbt-45251-2025", "cba-consumer-loan-collection-2026", "nifa-collection-guideline-2024"],
    channels: ["lender", "nfra", "nifa", "heimao"],
  },
  manyCalls: {
    rules: ["gbt-45251-2025", "cba-consumer-loan-collection-2026", "civil-code-1033", "public-security-law-2025-50"],
    channels: ["lender", "nfra", "nifa", "heimao"],
  },
  thirdParties: {
    rules: ["credit-card-measures-2011-68", "gbt-45251-2025"],
    channels: ["lender", "nfra", "nifa", "heimao"],
  },
  threats: {
    rules: ["public-security-law-2025-50", "criminal-law-293-1"],
    channels: ["police", "nfra", "nifa"],
    complaintRules: ["public-security-law-2025-50"], // 293-1 only for illegal debts such as usury
  },
  fakePapers: {
    rules: ["cba-consumer-loan-collection-2026", "criminal-law-280", "criminal-law-279"],
    channels: ["police", "court", "nfra", "nifa"],
  },
  wouldNotLeave: {
    rules: ["public-security-law-2025-50", "criminal-law-245", "cba-consumer-loan-collection-2026"],
    channels: ["police", "nfra", "nifa"],
    complaintRules: ["public-security-law-2025-50", "cba-consumer-loan-collection-2026"], // 245 only once inside the home
  },
  attemptedEntry: {
    rules: ["criminal-law-245", "civil-code-1033", "cba-consumer-loan-collection-2026"],
    channels: ["police", "nfra", "nifa"],
  },
  infoPosted: {
    rules: ["cba-consumer-loan-collection-2026", "gbt-45251-2025", "civil-code-1033"],
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

/** Sources behind the ticked items, each once, in order of first use. */
export function rulesFor(items: readonly CheckItem[]): SourceId[] {
  return [...new Set(items.flatMap((item) => CHECK_RULES[item].rules))];
}

export interface ComplaintWords {
  readonly title: string;
  readonly respondent: string;
  readonly complainant: string;
  readonly factsIntro: string;
  /** "{n}. {text}（依据：{rules}）" */
  readonly item: string;
  readonly requestsIntro: string;
  readonly request1: string;
  readonly request2: string;
  readonly request3: string;
  readonly evidence: string;
  readonly signature: string;
  readonly ruleSeparator: string;
}

/**
 * The complaint text for the ticked items, in the page's script. `itemText` gives each item's sentence
 * (with 【…】 blanks), `cite` a source's short citation (title and article). No personal data goes in:
 * the borrower fills the blanks after copying. Returns "" when nothing is ticked.
 */
export function composeComplaint(
  items: readonly CheckItem[],
  words: ComplaintWords,
  itemText: (item: CheckItem) => string,
  cite: (id: SourceId) => string,
): string {
  if (items.length === 0) return "";
  const facts = items.map((item, index) =>
    fillTemplate(words.item, {
      n: index + 1,
      text: itemText(item),
      rules: [...new Set((CHECK_RULES[item].complaintRules ?? CHECK_RULES[item].rules).map(cite))].join(words.ruleSeparator),
    }),
  );
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
