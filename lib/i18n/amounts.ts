import type { Localized, Script } from "./localized";

const WAN_YUAN: Localized<string> = { "zh-Hans": "万元", "zh-Hant": "萬元" };
const YUAN = "元";

// Digits grouped only from five digits on (8000, 12,345), as mainland text writes amounts.
const numbers = new Map<Script, Intl.NumberFormat>();
function numberFormat(script: Script): Intl.NumberFormat {
  let f = numbers.get(script);
  if (f === undefined) {
    f = new Intl.NumberFormat(script, { useGrouping: "min2", maximumFractionDigits: 1 });
    numbers.set(script, f);
  }
  return f;
}

/**
 * An amount of yuan in running text, one way everywhere: round amounts of 10,000 or more in 万
 * (2万元, 1.5万元, 1000万元), everything else in digits (5000元, 12,345元). Never a space before the unit.
 */
export function formatYuan(yuan: number, script: Script): string {
  if (yuan >= 10_000 && yuan % 1_000 === 0) return `${numberFormat(script).format(yuan / 10_000)}${WAN_YUAN[script]}`;
  return `${numberFormat(script).format(yuan)}${YUAN}`;
}
