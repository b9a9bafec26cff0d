import { LIMITATION_YEARS } from "@/lib/advice/old-debt";
import { CARD_CRIME } from "@/lib/rules";
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

export const LEGAL_FIGURES = {
  /** 恶意透支: 数额较大 starts here (法释〔2018〕19号 第8条). */
  cardCrimeAmountYuan: figure(CARD_CRIME.amountYuan),
  /** 恶意透支: still unpaid more than this many months after the bank's notices (第6条). */
  cardCrimeUnpaidMonths: figure(CARD_CRIME.unpaidMonths),
  /** 恶意透支: the two effective collection notices are at least this many days apart (第6条). */
  cardCrimeNoticeGapDays: figure(CARD_CRIME.noticeGapDays),
  /** The general limitation period, in years (民法典 第188条). */
  limitationYears: figure(LIMITATION_YEARS),
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
