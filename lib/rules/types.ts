import type { SourceId, SourceKind } from "../sources";
import type { CreditorClarity, FactorId, LenderId, LenderKind, Level, StageId } from "./ids";

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
  /** Why this value: the reasoning a reviewer can challenge. */
  readonly note?: string;
}

export interface LenderParams {
  /**
   * Multiplier on the positive part of the score (1 = no lender-specific evidence). Only values
   * ≤ 1 are supported: raising would need its own factor id and a source that shows more visits.
   */
  readonly visitPropensity: Param;
  /** Day overdue from which the lender typically hands the debt to outside agencies (visits possible). */
  readonly typicalFromDay: Param;
}

export interface Lender {
  readonly id: LenderId;
  readonly nameHans: string;
  readonly nameHant: string;
  readonly kind: LenderKind;
  /** named: one lender; generic: a category entry; in_contract: the real lender is the one named in the contract. */
  readonly creditor: CreditorClarity;
  /** What is known of its collection and visit practice; says so when nothing reliable is known. */
  readonly practiceHans: string;
  readonly practiceHant: string;
  /** Sources behind the practice note (the params carry their own). */
  readonly sources: readonly SourceId[];
  readonly params: LenderParams;
}

export interface EstimateSource {
  readonly id: SourceId;
  readonly title: string;
  readonly titleHant: string;
  readonly url?: string;
  readonly date: string;
  readonly kind: SourceKind;
}

export interface Factor {
  readonly id: FactorId;
  readonly effect: "raises" | "lowers";
  /** Score points (0..1 scale) this factor adds or removes before rounding; 2 decimals. */
  readonly weight: number;
}

export interface Estimate {
  readonly likelihood: { readonly level: Level; readonly score: number };
  readonly timing: {
    readonly earliestDay: number;
    readonly typicalFromDay: number;
    readonly typicalToDay: number;
    /** True once days overdue ≥ typicalFromDay (and stays true after typicalToDay). */
    readonly alreadyInWindow: boolean;
  };
  readonly stage: { readonly id: StageId };
  readonly factors: readonly Factor[];
  readonly lender: {
    readonly id: LenderId;
    readonly visitPractice: { readonly "zh-Hans": string; readonly "zh-Hant": string };
    readonly sources: readonly EstimateSource[];
  };
  readonly rulesVersion: string;
}
