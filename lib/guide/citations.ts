import { inScript } from "@/lib/i18n/localized";
import type { Script, Source, SourceId, SourceKind } from "@/lib/sources";

/**
 * How much weight a source carries, shown next to every citation so a reader can tell binding law
 * from a recommended standard, industry self-regulation, a policy paper, a report or this tool's own summary.
 * One force per source kind; the names are the message keys under guide.force.
 */
export const FORCES = ["law", "standard", "selfRegulation", "policy", "report", "ownSummary", "seed"] as const;
export type Force = (typeof FORCES)[number];

const FORCE_OF_KIND: Readonly<Record<SourceKind, Force>> = {
  law: "law",
  standard: "standard",
  self_regulation: "selfRegulation",
  policy: "policy",
  report: "report",
  own_summary: "ownSummary",
  seed: "seed",
};

export function forceOf(source: Source): Force {
  return FORCE_OF_KIND[source.kind];
}

/** A list of source ids a statement rests on; typed so a misspelt id is a compile error. */
export type Cites = readonly SourceId[];

/** A source's short citation in one script: title and article, e.g. "《征信业管理条例》第十六条". */
export function citationLabel(source: Source, script: Script): string {
  return `${inScript(source.title, script)}${source.article ? inScript(source.article, script) : ""}`;
}
