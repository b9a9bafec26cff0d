import { CHANNEL_IDS, type ChannelId } from "@/lib/guide/channels";
import { citationLabel, forceOf } from "@/lib/guide/citations";
import { CHECK_KINDS } from "@/lib/guide/legal-check";
import { figureValues, type FigureArgs } from "@/lib/guide/legal-figures";
import { sourceHref } from "@/lib/guide/sections";
import { formatIsoDate } from "@/lib/i18n/dates";
import { messagesFor } from "@/lib/i18n/messages";
import type { AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { allMessageCheckSources, FINDING_IDS, type FindingId, type Verdict } from "@/lib/message-check";
import { MESSAGE_LIMITS } from "@/lib/message-check/limits";
import { getSource, type SourceId } from "@/lib/sources";
import { citationWordsFor } from "@/components/guide/guide-frame";
import type { CitationWords, FindingWords, MessageCheckWords } from "./result-html";

/** The figures the words state, as ICU arguments from the one table of legal figures: copy never types them. */
const FIGURES = {
  amount: "cardCrimeAmountYuan",
  months: "cardCrimeUnpaidMonths",
  gap: "cardCrimeNoticeGapDays",
  years: "creditRecordYears",
  limitation: "limitationYears",
  from: "nightFromHour",
  to: "nightToHour",
} as const satisfies FigureArgs;

/**
 * Every word the answer needs, localized and with the figures filled in: the server renders the answer
 * with these, and sends the same object to the island (the form's data-words) so the browser renders the
 * same answer. Citations for every source a finding can cite, for any kind of lender.
 */
export function messageCheckWords(locale: AppLocale): MessageCheckWords {
  let words = WORDS.get(locale);
  if (words === undefined) {
    words = buildWords(locale);
    WORDS.set(locale, words);
  }
  return words;
}

/** The words depend on the locale only (messages and rules are fixed for a process): built once each. */
const WORDS = new Map<AppLocale, MessageCheckWords>();

function buildWords(locale: AppLocale): MessageCheckWords {
  const m = messagesFor(locale).messageCheck;
  const t = translator(locale, "messageCheck");
  const figures = figureValues(FIGURES, locale);
  const findings = Object.fromEntries(
    FINDING_IDS.map((id): [FindingId, FindingWords] => {
      const raw = m.findings[id] as { title: string; why: Partial<Record<Verdict, string>>; do: string };
      // Filled by ICU through the translator, like every other message; keys are checked by the message tests.
      const fill = (key: string) => t(key as Parameters<typeof t>[0], figures);
      const why = Object.fromEntries(Object.keys(raw.why).map((verdict) => [verdict, fill(`findings.${id}.why.${verdict}`)]));
      return [id, { title: raw.title, why, do: fill(`findings.${id}.do`) }];
    }),
  ) as Record<FindingId, FindingWords>;
  const tChannels = translator(locale, "channels");
  const channels = Object.fromEntries(CHANNEL_IDS.map((id) => [id, tChannels(`${id}.name`)])) as Record<ChannelId, string>;
  const cite = citationWordsFor(locale);
  const sources = Object.fromEntries(
    allMessageCheckSources(CHECK_KINDS).map((id): [SourceId, CitationWords] => {
      const source = getSource(id);
      return [id, { label: citationLabel(source, locale), date: source.date, dateText: formatIsoDate(source.date, locale), force: cite.forceLabels[forceOf(source)], href: sourceHref(locale, id) }];
    }),
  );
  return {
    locale,
    verdicts: m.verdicts,
    findings,
    result: m.result,
    handoff: m.handoff,
    privacy: { server: m.privacy.server, browser: m.privacy.browser },
    channels,
    citeLabel: cite.label,
    sources,
    errors: { ...m.errors, tooLong: t("errors.tooLong", { max: MESSAGE_LIMITS.maxChars }) },
  };
}
