export { FACTOR_IDS, LENDER_IDS, LENDER_TYPES, LEVELS, STAGE_IDS } from "./ids";
export type { FactorId, LenderId, LenderType, Level, StageId } from "./ids";
export { getLender, LENDERS } from "./lenders";
export { estimate, levelFor, RULES_VERSION, stageFor } from "./model";
export type { Confidence, Estimate, EstimateSource, Factor, Lender, LenderParams, Param } from "./types";
export { RULES_AS_OF } from "./param";
