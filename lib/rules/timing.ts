/**
 * When visits are typical for this kind of lender and these answers, where the borrower stands in that
 * window, and the time curve the score starts from. Pure functions of the rules data.
 */
import type { Answers } from "../answers/schema";
import type { Phase, StageId } from "./ids";
import type { LenderRules } from "./types";
import { CURVE, EARLIER, REMINDER_DAYS } from "./weights";

export interface VisitWindow {
  readonly earliestDay: number;
  readonly typicalFromDay: number;
  readonly typicalToDay: number;
  /** The rules the window's start rests on (for the stage factor's basis). */
  readonly fromRule: LenderRules["typicalFromDay"];
}

/**
 * Days earlier a debt of this size is handed to agencies: 0 up to largeDebtFromYuan, then growing with its
 * logarithm in whole steps of a third of the full shift (5 days), so windows read as round day counts.
 */
export function largeDebtShift(amount: number): number {
  const from = EARLIER.largeDebtFromYuan.value;
  const full = EARLIER.largeDebtFullYuan.value;
  if (amount <= from) return 0;
  const share = Math.min(1, Math.log(amount / from) / Math.log(full / from));
  const step = EARLIER.largeDebtDays.value / 3;
  return step * Math.floor(share * 3 + 1e-9);
}

/** The kind's window, brought forward for an unreachable borrower and a large debt. The end never moves. */
export function windowFor(answers: Pick<Answers, "amount" | "contact">, rules: LenderRules): VisitWindow {
  const shift = (answers.contact === "unreachable" ? EARLIER.unreachableDays.value : 0) + largeDebtShift(answers.amount);
  const earliestDay = Math.max(CURVE.minEarliestDay.value, rules.earliestDay.value - shift);
  const typicalFromDay = Math.max(rules.typicalFromDay.value - shift, earliestDay + CURVE.minRampDays.value);
  const typicalToDay = Math.max(rules.typicalToDay.value, typicalFromDay);
  return { earliestDay, typicalFromDay, typicalToDay, fromRule: rules.typicalFromDay };
}

export function phaseOf(days: number, window: VisitWindow): Phase {
  if (days === 0) return "not_overdue";
  if (days < window.typicalFromDay) return "before";
  return days <= window.typicalToDay ? "in" : "after";
}

/** Collection stages for this window: reminders in the first week, in-house calls until the window, agencies in it, legal after. */
export function stageOf(days: number, window: VisitWindow): StageId {
  if (days === 0) return "not_overdue";
  if (days <= REMINDER_DAYS.value) return "reminder";
  if (days < window.typicalFromDay) return "intensive";
  return days <= window.typicalToDay ? "outsourced" : "legal";
}

/**
 * The score of a reference borrower on this day: rises from day 1 to the earliest day, rises faster to the
 * window's start, stays flat through the window, then falls slowly to a floor. Continuous by construction.
 */
export function curveAt(days: number, window: VisitWindow): number {
  const { start, atEarliest, inWindow, fallPerYear, oldDebtFloor } = CURVE;
  if (days <= 0) return 0;
  if (days < window.earliestDay) return lerp(start.value, atEarliest.value, (days - 1) / (window.earliestDay - 1));
  if (days < window.typicalFromDay) {
    return lerp(atEarliest.value, inWindow.value, (days - window.earliestDay) / (window.typicalFromDay - window.earliestDay));
  }
  if (days <= window.typicalToDay) return inWindow.value;
  const fallen = inWindow.value - (fallPerYear.value * (days - window.typicalToDay)) / 365;
  return Math.max(oldDebtFloor.value, fallen);
}

function lerp(from: number, to: number, share: number): number {
  return from + (to - from) * share;
}
