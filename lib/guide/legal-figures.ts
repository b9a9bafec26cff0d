import { LIMITATION_YEARS } from "@/lib/advice/old-debt";
import { NIGHT } from "@/lib/message-check/night";
import { CARD_CRIME } from "@/lib/rules";
import { sourced } from "@/lib/rules/param";
import { formatYuan } from "@/lib/i18n/amounts";
import type { Script } from "@/lib/i18n/localized";
import type { SourceId } from "@/lib/sources";

/**
 * Figures the guidance pages state about the law, as data: each value with the sources it comes from.
 * Copy never types these numbers; it receives them as ICU message arguments, so a figure changes in one
 * place and a test can hold every message to it.
 */
export interface LegalFigure {
  readonly value: number;
  readonly cites: readonly SourceId[];
}

// The figures themselves live with the rules that use them (the result's card note, the old-debt step);
// the guide states the same values, so it reads them from there rather than typing them twice.
const figure = (p: { readonly value: number; readonly source: readonly SourceId[] }): LegalFigure => ({ value: p.value, cites: p.source });

/** How long a negative credit record stays after the debt is repaid (征信业管理条例 第16条). */
const CREDIT_RECORD_YEARS = sourced(5, ["credit-reporting-reg-16"], "high", "第16条: negative records are kept 5 years from when the negative conduct ends, then deleted.");

export const LEGAL_FIGURES = {
  /** 恶意透支: 数额较大 starts here (法释〔2018〕19号 第8条). */
  cardCrimeAmountYuan: figure(CARD_CRIME.amountYuan),
  /** 恶意透支: still unpaid more than this many months after the bank's notices (第6条). */
  cardCrimeUnpaidMonths: figure(CARD_CRIME.unpaidMonths),
  /** 恶意透支: the two effective collection notices are at least this many days apart (第6条). */
  cardCrimeNoticeGapDays: figure(CARD_CRIME.noticeGapDays),
  /** The general limitation period, in years (民法典 第188条). */
  limitationYears: figure(LIMITATION_YEARS),
  /** Years a negative credit record is kept after the conduct ends (征信业管理条例 第16条). */
  creditRecordYears: figure(CREDIT_RECORD_YEARS),
  /** Industry rules: no collection from this hour… (GB/T 45251—2025; the banking association's 2026 guideline). */
  nightFromHour: figure(NIGHT.fromHour),
  /** …until this hour the next morning. */
  nightToHour: figure(NIGHT.toHour),
} as const satisfies Readonly<Record<string, LegalFigure>>;

export type LegalFigureId = keyof typeof LEGAL_FIGURES;

/** Message arguments for a set of figures: argument name → figure id. */
export type FigureArgs = Readonly<Record<string, LegalFigureId>>;

/**
 * The ICU arguments for a message: each named argument gets its figure's value; amounts of money (ids
 * ending in Yuan) come written with their unit, the one way the site writes amounts (formatYuan).
 */
export function figureValues(args: FigureArgs | undefined, script: Script): Record<string, number | string> {
  if (!args) return {};
  return Object.fromEntries(
    Object.entries(args).map(([name, id]) => [name, id.endsWith("Yuan") ? formatYuan(LEGAL_FIGURES[id].value, script) : LEGAL_FIGURES[id].value]),
  );
}
