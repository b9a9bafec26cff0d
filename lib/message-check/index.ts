export { allMessageCheckSources, checkMessage, ruleFor, type CheckInput, type Finding } from "./check";
export { FINDING_IDS, VERDICTS, type FindingId, type Verdict } from "./ids";
export { MESSAGE_RULES, type MessageRule } from "./rules";
export { isNight, NIGHT, parseReceivedAt, RECEIVED_AT_PATTERN } from "./night";
export { channelsForFinding, handoffsFor, segmentsOf, type Handoffs, type Segment } from "./view";
export { MESSAGE_LIMITS } from "./limits";
export { MESSAGE_CHECK_RULES_VERSION, MESSAGE_RULES_VERSION } from "./version";
