import { z } from "zod";
import { LEVELS, PHASES, type Estimate, type Level, type Phase } from "../rules";
import { DAYS_MAX } from "../answers";

/**
 * The verdict-only share: level and day window, nothing about the borrower's amount or days.
 * Query keys are short so the link survives chat apps.
 */
export interface Verdict {
  readonly level: Level;
  /** Where the sender was relative to the window; absent in links made before it existed. */
  readonly phase?: Phase;
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
  .object({ level: z.enum(LEVELS), phase: z.enum(PHASES).optional(), from: day, to: day })
  .refine((v) => v.from <= v.to, { path: ["to"] });

/** Not overdue: there is no visit window to share, written as from = to = 0. */
export function verdictOf(estimate: Estimate): Verdict {
  const { level } = estimate.likelihood;
  if (estimate.stage.id === "not_overdue") return { level, phase: "not_overdue", from: 0, to: 0 };
  return { level, phase: estimate.timing.phase, from: estimate.timing.typicalFromDay, to: estimate.timing.typicalToDay };
}

export function hasWindow(verdict: Verdict): boolean {
  return verdict.to > 0;
}

export function serializeVerdict(verdict: Verdict): string {
  const params = new URLSearchParams({ level: verdict.level });
  if (verdict.phase !== undefined) params.set("phase", verdict.phase);
  params.set("from", String(verdict.from));
  params.set("to", String(verdict.to));
  return params.toString();
}

export function parseVerdict(input: Record<string, string | string[] | undefined>): Verdict | null {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const phase = first(input.phase);
  const result = verdictSchema.safeParse({ level: first(input.level), phase: phase === "" ? undefined : phase, from: first(input.from), to: first(input.to) });
  if (!result.success) return null;
  const { phase: parsedPhase, ...rest } = result.data;
  return parsedPhase === undefined ? rest : { ...rest, phase: parsedPhase };
}
