import { enforcementSources } from "./enforcement";
import { guideLegalSources, guideReportSources } from "./guide";
import { legalSources } from "./legal";
import { reportSources, seedSources } from "./lenders";
import type { Source } from "./types";

export type { Source, SourceKind } from "./types";
export { SOURCE_KINDS } from "./types";

export type { Localized, Script } from "../i18n/localized";

const ALL = [
  ...legalSources,
  ...guideLegalSources,
  ...enforcementSources,
  ...reportSources,
  ...guideReportSources,
  ...seedSources,
] as const satisfies readonly Source[];

/** Every id in the data: citing an unknown id is a type error. */
export type SourceId = (typeof ALL)[number]["id"];

/**
 * Every citable source, laws first, then reports, then seed articles. Typed as Source (not the literal
 * data) so optional fields such as url and note can be read on any entry.
 */
export const sources: readonly (Source & { readonly id: SourceId })[] = ALL;

export const sourceIds: readonly SourceId[] = sources.map((s) => s.id);

const byId: ReadonlyMap<string, Source> = new Map(sources.map((s) => [s.id, s]));

/** The source with this id; throws on a miss, so a bad citation fails at build or test time. */
export function getSource(id: SourceId): Source {
  const source = byId.get(id);
  if (source === undefined) throw new Error(`Unknown source id: ${id}`);
  return source;
}

/** Lookup for untrusted strings (e.g. a URL fragment): undefined when there is no such source. */
export function findSource(id: string): Source | undefined {
  return byId.get(id);
}

export function isSourceId(id: string): id is SourceId {
  return byId.has(id);
}
