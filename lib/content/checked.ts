/** The date the product's facts (rules data, guidance, sources) were last checked against their sources. */
export const CONTENT_CHECKED = "2026-12-01";
