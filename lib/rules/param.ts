import type { SourceId } from "../sources";
import type { Confidence, Param } from "./types";

/** Date the rules data was last checked against its sources. */
export const RULES_AS_OF = "2026-12-01";

/** A figure that rests on the cited sources (which may be our own dated summary of industry practice). */
export function sourced<T>(value: T, source: readonly [SourceId, ...SourceId[]], confidence: Confidence, note: string): Param<T> {
  return { value, source, asOf: RULES_AS_OF, confidence, basis: "source", note };
}

/**
 * A figure that is our judgement: no source gives it. The note is the reasoning a reviewer can challenge;
 * `context` lists sources the reasoning leans on without giving the figure itself.
 */
export function judged<T>(value: T, note: string, context: readonly SourceId[] = []): Param<T> {
  return { value, source: [...context, "advisor-heuristic"], asOf: RULES_AS_OF, confidence: "low", basis: "judgement", note };
}
