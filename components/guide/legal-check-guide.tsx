import { channelsForKind } from "@/lib/guide/channels";
import { citationLabel } from "@/lib/guide/citations";
import {
  CHECK_ITEMS,
  CHECK_KINDS,
  COMPLAINT_SCRIPTS,
  DEFAULT_COMPLAINT_SCRIPT,
  channelsFor,
  channelsForItem,
  composeComplaint,
  industryRulesFor,
  itemRulesFor,
  type CheckItem,
  type CheckQuery,
  type ScopedRule,
} from "@/lib/guide/legal-check";
import { GUIDE_PATHS } from "@/lib/guide/sections";
import { messagesFor } from "@/lib/i18n/messages";
import { LOCALE_ENDONYMS } from "@/lib/i18n/locale-names";
import { localizedHref } from "@/lib/i18n/metadata";
import type { AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { getSource, type SourceId } from "@/lib/sources";
import { ChannelList } from "./channel-list";
import { Citations } from "./citations";
import { CopyActions } from "./copy-actions";
import { citationWordsFor, GuideFrame } from "./guide-frame";
import { ChoiceOption } from "./choice-option";

const EVIDENCE = ["recordings", "screenshots", "callLog", "photos", "identity", "contract", "backup"] as const;

interface Props {
  locale: AppLocale;
  /** The ticked items and lender kind, read from ?i=…&i=…&k=… (a GET form: the answers are the URL). */
  query: CheckQuery;
}

/**
 * Is this collection legal? A checklist posted as a GET form to the same page; once submitted, each ticked
 * item with the rules it breaks and where to complain, every channel, a complaint text and what to keep as evidence.
 */
export function LegalCheckGuide({ locale, query }: Props) {
  const t = translator(locale, "legalCheck");
  const tChannels = translator(locale, "channels");
  const tResult = translator(locale, "negotiate.result");
  const tNegotiate = translator(locale, "negotiate");
  const cite = citationWordsFor(locale);
  const ticked = new Set(query.items);
  const action = localizedHref(locale, GUIDE_PATHS.legalCheck);

  // The complaint goes to mainland institutions: its own script (Simplified unless asked), not the page's.
  const complaintCite = (id: SourceId) => citationLabel(getSource(id), query.script);
  const messages = messagesFor(locale).legalCheck;
  // What an industry rule says about an item, with the case it binds in when it binds only in part.
  const ruleWhy = (item: CheckItem, rule: ScopedRule): string => {
    const text = (messages.items[item] as { rules?: Partial<Record<ScopedRule["key"], string>> }).rules?.[rule.key] ?? "";
    return rule.scope ? t("scopedRule", { scope: t(`scopes.${rule.scope}`), text }) : text;
  };
  const allChannels = channelsFor(query.items, query.kind);
  // Which regulator applies can depend on the contract: say so whenever a regulator is listed.
  const kindNote = allChannels.some((id) => id === "nfra" || id === "localRegulator") ? channelsForKind(query.kind).note : undefined;
  const complaint = composeComplaint(query.items, query.kind, translator(query.script, "legalCheck"), complaintCite);

  return (
    <GuideFrame locale={locale} section="legalCheck" title={t("title")} intro={t("intro")}>
      <form method="get" action={`${action}#result`} className="space-y-5">
        <fieldset className="space-y-2">
          <legend className="mb-2 text-lg font-bold text-brand-800">{t("itemsLegend")}</legend>
          {CHECK_ITEMS.map((item) => (
            <ChoiceOption key={item} type="checkbox" id={`i-${item}`} name="i" value={item} checked={ticked.has(item)}>
              {t(`items.${item}.label`)}
            </ChoiceOption>
          ))}
        </fieldset>
        <fieldset className="space-y-2">
          <legend className="mb-2 text-lg font-bold text-brand-800">{t("kindLegend")}</legend>
          {CHECK_KINDS.map((kind) => (
            <ChoiceOption key={kind} type="radio" id={`k-${kind}`} name="k" value={kind} checked={query.kind === kind}>
              {t(`kinds.${kind}`)}
            </ChoiceOption>
          ))}
        </fieldset>
        <fieldset aria-describedby="s-hint" className="space-y-2">
          <legend className="mb-2 text-lg font-bold text-brand-800">{t("scriptLegend")}</legend>
          <p id="s-hint" className="text-sm text-gray-700">
            {t("scriptHint")}
          </p>
          {COMPLAINT_SCRIPTS.map((script) => (
            <ChoiceOption key={script} type="radio" id={`s-${script}`} name="s" value={script} checked={query.script === script} align="center">
              <span lang={script}>{LOCALE_ENDONYMS[script]}</span>
              {script === DEFAULT_COMPLAINT_SCRIPT ? tNegotiate("form.scriptDefault") : null}
            </ChoiceOption>
          ))}
        </fieldset>
        <button type="submit" className="rounded-md bg-brand-600 px-5 py-2.5 font-medium text-white hover:bg-brand-700">
          {t("submit")}
        </button>
      </form>

      {query.submitted ? (
        <section aria-labelledby="result" className="space-y-6">
          <h2 id="result" className="scroll-mt-4 text-xl font-bold text-brand-800">
            {t("resultTitle")}
          </h2>
          {query.items.length === 0 ? (
            <p role="alert">{t("noneSelected")}</p>
          ) : (
            <>
              <ol className="space-y-4">
                {query.items.map((item) => (
                  <li key={item} className="rounded-lg border border-brand-100 p-4">
                    <h3 className="font-bold">{t(`items.${item}.label`)}</h3>
                    <p className="mt-1">
                      <span className="font-medium">{t("rulesLabel")}：</span>
                      {t(`items.${item}.why`)}
                    </p>
                    {industryRulesFor(item, query.kind).length > 0 ? (
                      <>
                        {query.kind === "unknown" ? <p className="mt-1">{t("dependsOnLender")}</p> : null}
                        <ul className="mt-1 list-disc space-y-1 pl-6">
                          {industryRulesFor(item, query.kind).map((rule) => (
                            <li key={rule.key}>{ruleWhy(item, rule)}</li>
                          ))}
                        </ul>
                      </>
                    ) : null}
                    <Citations ids={itemRulesFor(item, query.kind)} locale={locale} {...cite} />
                    <p className="mt-2 text-sm">
                      <span className="font-medium">{t("channelsLabel")}：</span>
                      {channelsForItem(item, query.kind)
                        .map((id) =>
                          id === "nifa" && query.kind === "unknown"
                            ? `${tChannels(`${id}.name`)}（${t("ifOnline")}）`
                            : tChannels(`${id}.name`),
                        )
                        .join("、")}
                    </p>
                  </li>
                ))}
              </ol>

              <section aria-labelledby="channels" className="space-y-3">
                <h2 id="channels" className="text-xl font-bold text-brand-800">
                  {t("channelsTitle")}
                </h2>
                <p>{t("channelsIntro")}</p>
                {kindNote ? <p>{tChannels(`kindNote.${kindNote}`)}</p> : null}
                <ChannelList locale={locale} ids={allChannels} onlineOnly={query.kind === "unknown"} />
              </section>

              <section aria-labelledby="complaint" className="space-y-3">
                <h2 id="complaint" className="text-xl font-bold text-brand-800">
                  {t("complaintTitle")}
                </h2>
                <p>{t("complaintHelp")}</p>
                <label htmlFor="complaint-text" className="block font-medium">
                  {t("complaintLabel")}
                </label>
                <textarea
                  id="complaint-text"
                  lang={query.script}
                  readOnly
                  defaultValue={complaint}
                  rows={14}
                  className="w-full rounded-md border border-gray-400 p-3 text-base leading-7"
                />
                <CopyActions
                  textareaId="complaint-text"
                  words={{ copy: tResult("copy"), copied: tResult("copied"), copyFailed: tResult("copyFailed") }}
                />
              </section>

              <section aria-labelledby="evidence" className="space-y-2">
                <h2 id="evidence" className="text-xl font-bold text-brand-800">
                  {t("evidenceTitle")}
                </h2>
                <ul className="list-disc space-y-1 pl-6">
                  {EVIDENCE.map((key) => (
                    <li key={key}>{t(`evidence.${key}`)}</li>
                  ))}
                </ul>
              </section>
            </>
          )}
        </section>
      ) : null}
    </GuideFrame>
  );
}

