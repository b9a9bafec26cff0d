/**
 * The rules version: changes whenever a figure, window or lender record changes. Cached API answers and
 * pages carry it (ETag), and version.test.ts pins a hash of the rules data to it, so a changed figure
 * without a new version fails the tests.
 */
export const RULES_VERSION = "2026-12-01.1";

/** sha256 of the rules data (see version.test.ts); update together with RULES_VERSION. */
export const RULES_DATA_SHA256 = "a0f9f67e6d6554e4d750525bd976ba2f906f3948a0f13473f543a8e8a5ee7da0";
