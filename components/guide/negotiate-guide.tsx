import { LEGAL_FIGURES } from "@/lib/guide/legal-figures";
import type { LetterState } from "@/lib/guide/letter-state";
import { LIMITATION_CITES, NEGOTIATE_OFFERS, NEGOTIATE_STEP_CITES, NEGOTIATE_STEPS } from "@/lib/guide/negotiate";
import { GUIDE_PATHS } from "@/lib/guide/sections";
import { localizedHref } from "@/lib/i18n/metadata";
import type { AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { Citations } from "./citations";
import { citationWordsFor, GuideFrame } from "./guide-frame";
import { LetterForm } from "./letter-form";

interface Props {
  locale: AppLocale;
  /** The posted form and its letter (the no-JavaScript path); absent on a GET. */
  letter?: LetterState;
}

/** Negotiating repayment: the steps, what to ask for, the time-bar warning and the letter generator. */
export function NegotiateGuide({ locale, letter }: Props) {
  const t = translator(locale, "negotiate");
  const cite = citationWordsFor(locale);
  const years = LEGAL_FIGURES.limitationYears.value;
  return (
    <GuideFrame locale={locale} section="negotiate" title={t("title")} intro={t("intro")}>
      <section aria-labelledby="steps" className="space-y-3">
        <h2 id="steps" className="text-xl font-bold text-brand-800">
          {t("stepsTitle")}
        </h2>
        <ol className="space-y-3">
          {NEGOTIATE_STEPS.map((step, index) => (
            <li key={step} className="flex gap-3">
              <span aria-hidden="true" className="flex size-8 shrink-0 items-center justify-center rounded-full bg-brand-600 font-bold text-white">
                {index + 1}
              </span>
              <div>
                <h3 className="font-bold">{t(`steps.${step}.title`)}</h3>
                <p>{t(`steps.${step}.body`)}</p>
                <Citations ids={NEGOTIATE_STEP_CITES[step] ?? []} locale={locale} {...cite} />
              </div>
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="offers" className="space-y-3">
        <h2 id="offers" className="text-xl font-bold text-brand-800">
          {t("offersTitle")}
        </h2>
        {NEGOTIATE_OFFERS.map((offer) => (
          <section key={offer.id} aria-labelledby={`offer-${offer.id}`} className="border-l-4 border-brand-100 pl-3">
            <h3 id={`offer-${offer.id}`} className="font-bold">
              {t(`offers.${offer.id}.title`)}
            </h3>
            <p>{t(`offers.${offer.id}.body`)}</p>
            <Citations ids={offer.cites} locale={locale} {...cite} />
          </section>
        ))}
        <p className="rounded-md border border-amber-700 bg-amber-50 p-3">
          {t("scamWarning")}{" "}
          <a href={localizedHref(locale, GUIDE_PATHS.scams)} className="font-medium text-brand-800 underline underline-offset-2">
            {t("scamLink")}
          </a>
        </p>
      </section>

      <section aria-labelledby="letter" className="space-y-3 rounded-lg border-2 border-brand-100 p-4">
        <h2 id="letter" className="scroll-mt-4 text-xl font-bold text-brand-800">
          {t("letterTitle")}
        </h2>
        <p>{t("letterIntro")}</p>
        <section aria-labelledby="limitation" className="rounded-md border border-amber-700 bg-amber-50 p-3">
          <h3 id="limitation" className="font-bold">
            {t("limitation.title")}
          </h3>
          <p>{t("limitation.body", { years })}</p>
          <p className="mt-1 font-medium">{t("limitation.oldDebt", { years })}</p>
          <Citations ids={LIMITATION_CITES} locale={locale} {...cite} />
        </section>
        <p className="text-sm text-gray-800">{t("privacy")}</p>
        <LetterForm locale={locale} action={`${localizedHref(locale, GUIDE_PATHS.negotiate)}#letter`} state={letter} />
      </section>
    </GuideFrame>
  );
}
