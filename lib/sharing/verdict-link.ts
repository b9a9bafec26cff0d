import { z } from "zod";
import { LEVELS, type Estimate, type Level } from "../rules";
import { DAYS_MAX } from "../answers";

/**
 * The verdict-only share: level and day window, nothing about the borrower's amount or days.
 * Query keys are short so the link survives chat apps.
 */
export interface Verdict {
  readonly level: Level;
  readonly from: number;
  readonly to: number;
}

// Digits only: an empty or signed value is not a day (z.coerce would read "" as 0).
const day = z
  .string()
  .regex(/^\d{1,4}$/)
  .transform(Number)
  .pipe(z.int().max(DAYS_MAX));
const verdictSchema = z
  .object({ level: z.enum(LEVELS), from: day, to: day })
  .refine((v) => v.from <= v.to, { path: ["to"] });

/** Not overdue: there is no visit window to share, written as from = to = 0. */
export function verdictOf(estimate: Estimate): Verdict {
  if (estimate.stage.id === "not_overdue") return { level: estimate.likelihood.level, from: 0, to: 0 };
  return { level: estimate.likelihood.level, from: estimate.timing.typicalFromDay, to: estimate.timing.typicalToDay };
}

export function hasWindow(verdict: Verdict): boolean {
  return verdict.to > 0;
}

export function serializeVerdict(verdict: Verdict): string {
  return new URLSearchParams({ level: verdict.level, from: String(verdict.from), to: String(verdict.to) }).toString();
}

export function parseVerdict(input: Record<string, string | string[] | undefined>): Verdict | null {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const result = verdictSchema.safeParse({ level: first(input.level), from: first(input.from), to: first(input.to) });
  return result.success ? result.data : null;
}
