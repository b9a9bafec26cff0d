import type { Localized } from "../i18n/localized";
import type { KindRules } from "./kinds";
import type { SourceId, SourceKind } from "../sources";
import type { CreditorClarity, FactorId, LenderId, LenderKind, Level, Phase, StageId } from "./ids";

export type Confidence = "low" | "medium" | "high";

/**
 * One figure of the model. Every number the estimate uses is one of these, so a reviewer can see
 * where it comes from, how sure we are and when it was last checked.
 */
export interface Param<T = number> {
  readonly value: T;
  /** Source ids from lib/sources; never empty. */
  readonly source: readonly SourceId[];
  /** Date the figure was last checked against its sources (YYYY-MM-DD). */
  readonly asOf: string;
  readonly confidence: Confidence;
  /** "source": the cited sources give this figure; "judgement": ours, with the reasoning in the note. */
  readonly basis: Basis;
  /** Why this value: the reasoning a reviewer can challenge. */
  readonly note: string;
}

export type Basis = "source" | "judgement";

/** The timing and propensity a lender's estimate uses: its kind's, with its own propensity where sourced. */
export interface LenderRules extends KindRules {
  /** True when visitPropensity is the lender's own (sourced practice), not its kind's. */
  readonly ownPropensity: boolean;
}

export interface Lender {
  readonly id: LenderId;
  readonly name: Localized<string>;
  readonly kind: LenderKind;
  /** named: one lender; generic: a category entry; in_contract: the real lender is the one named in the contract. */
  readonly creditor: CreditorClarity;
  /** Known to sell overdue debts in packages (so the creditor may have changed); the sources say so. */
  readonly sellsDebts?: true;
  /** What is known of its collection and visit practice; says so when nothing reliable is known. */
  readonly practice: Localized<string>;
  /** Sources behind the practice note (the params carry their own). */
  readonly sources: readonly SourceId[];
  readonly rules: LenderRules;
}

export type { Localized };

export interface EstimateSource {
  readonly id: SourceId;
  readonly title: Localized<string>;
  readonly url?: string;
  readonly date: string;
  readonly kind: SourceKind;
}

export interface Factor {
  readonly id: FactorId;
  readonly effect: "raises" | "lowers";
  /** Score points (0..1 scale) this factor added or removed, in the order applied; 2 decimals. */
  readonly weight: number;
  /** Whether the figure behind it rests on a cited source or is our judgement. */
  readonly basis: Basis;
}

export interface Estimate {
  readonly likelihood: {
    readonly level: Level;
    /** 0..1 in steps of 0.05: a heuristic reading, never shown as a percentage. */
    readonly score: number;
    /** The level is the chance of a visit within this many days from now, if nothing changes. */
    readonly horizonDays: number;
  };
  readonly timing: {
    /** For this kind of lender and these answers: first day a visit is plausible. */
    readonly earliestDay: number;
    /** Usual visit window, for this kind of lender and these answers. */
    readonly typicalFromDay: number;
    readonly typicalToDay: number;
    readonly phase: Phase;
    /** phase === "in". */
    readonly alreadyInWindow: boolean;
  };
  readonly stage: { readonly id: StageId };
  readonly factors: readonly Factor[];
  readonly lender: {
    readonly id: LenderId;
    readonly kind: LenderKind;
    readonly visitPractice: Localized<string>;
    readonly sources: readonly EstimateSource[];
  };
  readonly rulesVersion: string;
}
