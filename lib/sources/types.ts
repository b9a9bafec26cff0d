import type { Localized } from "../i18n/localized";

/**
 * A citable source. Every lender figure and every legal claim the product shows points at one of
 * these by id, so a reader can check it and a test can verify that it exists and is dated.
 */
export const SOURCE_KINDS = ["law", "standard", "self_regulation", "policy", "report", "own_summary", "seed"] as const;

/**
 * What a source is: law (laws, administrative regulations, departmental rules, judicial interpretations);
 * standard (GB/T national standards); self_regulation (industry association rules); policy (regulators'
 * and courts' policy measures and opinions); report (penalty notices, media, lender disclosures);
 * own_summary (this tool's own summaries and judgement); seed (SEO articles, low-confidence evidence).
 */
export type SourceKind = (typeof SOURCE_KINDS)[number];

export interface Source {
  /** Stable id used in citations, e.g. "civil-code-1033". */
  readonly id: string;
  /** Title as published (Simplified for mainland sources) and in Traditional for zh-Hant pages. */
  readonly title: Localized<string>;
  /** Issuing body or publisher. */
  readonly publisher: Localized<string>;
  /** Article or section cited, if any (e.g. "第1033条"). */
  readonly article?: Localized<string>;
  readonly url?: string;
  /** ISO date the source was published or took effect (YYYY-MM-DD, or YYYY-MM / YYYY when only that is known). */
  readonly date: string;
  /** ISO date we last checked what we say about it. */
  readonly checked: string;
  readonly kind: SourceKind;
  /** true for binding law or regulation; false for standards, industry self-regulation, reports. */
  readonly binding: boolean;
  /** What the product takes from this source, in our own words. */
  readonly note?: Localized<string>;
}
