import type { Script } from "./localized";

/** A date as the data writes it: YYYY-MM-DD, or YYYY-MM / YYYY when only that much is known. */
const ISO_PARTS = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

type Precision = "day" | "month" | "year";

const OPTIONS: Readonly<Record<Precision, Intl.DateTimeFormatOptions>> = {
  day: { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" },
  month: { year: "numeric", month: "long", timeZone: "UTC" },
  year: { year: "numeric", timeZone: "UTC" },
};

// Formatters are costly to build and never change: one per script and precision.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(script: Script, precision: Precision): Intl.DateTimeFormat {
  const key = `${script}:${precision}`;
  let f = formatters.get(key);
  if (f === undefined) {
    f = new Intl.DateTimeFormat(script, OPTIONS[precision]);
    formatters.set(key, f);
  }
  return f;
}

/**
 * A source date, "last checked" date or rules date as people write it: 2026年11月25日, 2026年11月 for a
 * month, 2026年 for a year. Every page that shows such a date uses this one formatter; the ISO form stays
 * only in `<time dateTime>`. Throws on anything else, so bad data fails a test instead of reaching a page.
 */
export function formatIsoDate(iso: string, script: Script): string {
  const match = ISO_PARTS.exec(iso);
  if (match === null) throw new Error(`Not an ISO date: ${iso}`);
  const [, year, month, day] = match;
  const precision: Precision = day ? "day" : month ? "month" : "year";
  const date = new Date(Date.UTC(Number(year), Number(month ?? "1") - 1, Number(day ?? "1")));
  return formatter(script, precision).format(date);
}
