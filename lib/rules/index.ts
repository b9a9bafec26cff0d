export { CREDITOR_CLARITY, FACTOR_IDS, LENDER_ALIASES, LENDER_IDS, LENDER_KINDS, LEVELS, STAGE_IDS } from "./ids";
export type { CreditorClarity, FactorId, LenderId, LenderKind, Level, StageId } from "./ids";
export { getLender, LENDERS } from "./lenders";
export { estimate, levelFor, RULES_VERSION, stageFor } from "./model";
export type { Confidence, Estimate, EstimateSource, Factor, Lender, LenderParams, Param } from "./types";
export { RULES_AS_OF } from "./param";
