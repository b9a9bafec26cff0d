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

const day = z.coerce.number().int().min(0).max(DAYS_MAX);
const verdictSchema = z
  .object({ level: z.enum(LEVELS), from: day, to: day })
  .refine((v) => v.from <= v.to, { path: ["to"] });

export function verdictOf(estimate: Estimate): Verdict {
  return { level: estimate.likelihood.level, from: estimate.timing.typicalFromDay, to: estimate.timing.typicalToDay };
}

export function serializeVerdict(verdict: Verdict): string {
  return new URLSearchParams({ level: verdict.level, from: String(verdict.from), to: String(verdict.to) }).toString();
}

export function parseVerdict(input: Record<string, string | string[] | undefined>): Verdict | null {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const result = verdictSchema.safeParse({ level: first(input.level), from: first(input.from), to: first(input.to) });
  return result.success ? result.data : null;
}
