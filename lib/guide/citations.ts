import { sourceArticle, sourceTitle, type Script, type Source, type SourceId } from "@/lib/sources";

/**
 * How much weight a source carries, shown next to every citation so a reader can tell binding law
 * from a recommended standard, industry self-regulation, a policy paper or a report.
 */
export const FORCES = ["law", "standard", "selfRegulation", "policy", "report", "seed"] as const;
export type Force = (typeof FORCES)[number];

// Industry associations whose guidelines bind only their members (self-regulation, not law).
const ASSOCIATIONS = ["中国互联网金融协会", "中国银行业协会"];

export function forceOf(source: Source): Force {
  if (source.kind === "seed") return "seed";
  if (source.kind === "report") return "report";
  if (source.binding) return "law";
  if (source.id.startsWith("gbt-")) return "standard";
  if (ASSOCIATIONS.includes(source.publisher)) return "selfRegulation";
  return "policy";
}

/** A list of source ids a statement rests on; typed so a misspelt id is a compile error. */
export type Cites = readonly SourceId[];

/** A source's short citation in one script: title and article, e.g. "《征信业管理条例》第十六条". */
export function citationLabel(source: Source, script: Script): string {
  return `${sourceTitle(source, script)}${sourceArticle(source, script) ?? ""}`;
}
