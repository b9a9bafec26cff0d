import type { SourceId } from "../sources";
import type { Confidence, Param } from "./types";

/** Date the rules data was last checked against its sources. */
export const RULES_AS_OF = "2026-11-25";

export function param<T>(value: T, source: readonly SourceId[], confidence: Confidence, note?: string): Param<T> {
  return note === undefined ? { value, source, asOf: RULES_AS_OF, confidence } : { value, source, asOf: RULES_AS_OF, confidence, note };
}
