import { RULES_VERSION } from "@/lib/rules/version";

/**
 * The message check's own rules version: bump it with MESSAGE_RULES_SHA256 when a pattern, verdict, source
 * or the Traditional map changes (version.test.ts prints the new hash). The API's rulesVersion names both this
 * and the estimate's rules (lender kinds and the card figures the verdicts read): "<rules>+mc.<message rules>".
 */
export const MESSAGE_RULES_VERSION = "2026-12-01.1";
export const MESSAGE_RULES_SHA256 = "3ab486a04385c608463e5e0affca2064d899813269c7651adff3de6a5d0977e1";

export const MESSAGE_CHECK_RULES_VERSION = `${RULES_VERSION}+mc.${MESSAGE_RULES_VERSION}`;
