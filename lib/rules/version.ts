/**
 * The rules version: changes whenever a figure, window or lender record changes. Cached API answers and
 * pages carry it (ETag), and version.test.ts pins a hash of the rules data to it, so a changed figure
 * without a new version fails the tests.
 */
export const RULES_VERSION = "2026-12-01.1";

/** sha256 of the rules data (see version.test.ts); update together with RULES_VERSION. */
export const RULES_DATA_SHA256 = "425c43ae5a2d2c609b4a0685303b7ea57b7d3b985eea06e73a0c0c2ec5589be3";
