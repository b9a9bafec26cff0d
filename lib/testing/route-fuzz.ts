/**
 * Arbitraries for fuzzing routes' paths and queries, shared by the in-process fuzz (app/routes.fuzz.test.ts)
 * and the HTTP fuzz (e2e/fuzz-http.spec.ts).
 */
import fc from "fast-check";
import { nastyStringArb } from "./arbitraries";
import { INJECTIONS } from "./injections";

/** Mostly real locales (so the pages themselves are reached), sometimes look-alikes and junk. */
export const localeArb = fc.oneof(
  { weight: 6, arbitrary: fc.constantFrom("zh-Hans", "zh-Hant") },
  { weight: 1, arbitrary: fc.constantFrom("zh-hans", "ZH-HANT", "zh", "en", "..", ".", "%2e%2e", "zh-Hans\u0000", "zh-Hans/..", "<x-fuzz>", "") },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 20 }) },
);

/** A path segment: traversal, injections, file-like names, unicode. */
export const segmentArb = fc.oneof(fc.constantFrom(...INJECTIONS, "..", "%2e%2e", ".%2e", "etc", "passwd", "x.png", "api", "_next", "assets"), fc.string({ unit: "grapheme", maxLength: 20 }));

function valueArb(keys: readonly string[]) {
  return fc.oneof(
    { weight: 3, arbitrary: nastyStringArb },
    { weight: 3, arbitrary: fc.constantFrom(...INJECTIONS) },
    { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 60 }) },
    // Plausible values, so the happy paths (a real result, a ticked checklist) are fuzzed too.
    { weight: 2, arbitrary: fc.constantFrom("haier", "weilidai", "45", "20000", "ignoring", "high", "in", "31", "180", "nightCalls", "unknown", ...keys) },
  );
}

/** A query string (without "?"): the route's keys, repeated or not, with hostile values; sometimes raw bytes. */
export function queryArb(keys: readonly string[]) {
  const key = fc.oneof(
    { weight: 4, arbitrary: keys.length ? fc.constantFrom(...keys) : fc.constant("q") },
    { weight: 1, arbitrary: fc.constantFrom("__proto__", "constructor", "", "lender[]", "i[0]", "a".repeat(300), "<x-fuzz>") },
    { weight: 1, arbitrary: fc.string({ maxLength: 12 }) },
  );
  return fc.oneof(
    // Keys repeat: pairs are drawn with replacement from a small set.
    { weight: 8, arbitrary: fc.array(fc.tuple(key, valueArb(keys)), { maxLength: 12 }).map((pairs) => new URLSearchParams(pairs).toString()) },
    // A raw query, not built by URLSearchParams: broken escapes, raw unicode, separators.
    { weight: 2, arbitrary: fc.string({ unit: "binary", maxLength: 80 }).map((s) => encodeURI(s.replace(/[\uD800-\uDFFF]/g, "")).replace(/%25/g, "%")) },
  );
}
