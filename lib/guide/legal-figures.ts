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

export const LEGAL_FIGURES = {
  /** 恶意透支: 数额较大 starts here (法释〔2018〕19号 第8条). */
  cardCrimeAmountYuan: { value: 50_000, cites: ["card-crime-interpretation-2018", "criminal-law-196"] },
  /** 恶意透支: still unpaid more than this many months after the bank's notices (第6条). */
  cardCrimeUnpaidMonths: { value: 3, cites: ["card-crime-interpretation-2018", "criminal-law-196"] },
  /** 恶意透支: the two effective collection notices are at least this many days apart (第6条). */
  cardCrimeNoticeGapDays: { value: 30, cites: ["card-crime-interpretation-2018"] },
  /** The general limitation period, in years (民法典 第188条). */
  limitationYears: { value: 3, cites: ["civil-code-limitation"] },
} as const satisfies Readonly<Record<string, LegalFigure>>;

export type LegalFigureId = keyof typeof LEGAL_FIGURES;

/** Message arguments for a set of figures: argument name → figure id. */
export type FigureArgs = Readonly<Record<string, LegalFigureId>>;

/** The ICU arguments for a message: each named argument gets its figure's value. */
export function figureValues(args: FigureArgs | undefined): Record<string, number> {
  if (!args) return {};
  return Object.fromEntries(Object.entries(args).map(([name, id]) => [name, LEGAL_FIGURES[id].value]));
}
