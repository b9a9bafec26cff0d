import type { Metadata } from "next";
import { getLocale, getTranslations } from "next-intl/server";
import { Citations } from "@/components/guide/citations";
import { citationWords, GuideShell } from "@/components/guide/guide-shell";
import { LetterForm, type LetterFormWords } from "@/components/guide/letter-form";
import { LETTER_ERROR_CODES, LETTER_LIMITS, LETTER_REASONS, type LetterErrorCode } from "@/lib/guide/letter";
import { LEGAL_FIGURES } from "@/lib/guide/legal-figures";
import { LIMITATION_CITES, NEGOTIATE_OFFERS, NEGOTIATE_STEP_CITES, NEGOTIATE_STEPS } from "@/lib/guide/negotiate";
import { GUIDE_PATHS } from "@/lib/guide/sections";
import { LOCALE_ENDONYMS } from "@/lib/i18n/locale-names";
import { messagesFor } from "@/lib/i18n/messages";
import { alternatesFor, localizedHref } from "@/lib/i18n/metadata";
import { generateLetter } from "./actions";

export async function generateMetadata(): Promise<Metadata> {
  const locale = await getLocale();
  const t = await getTranslations("negotiate");
  return {
    title: t("metaTitle"),
    description: t("metaDescription"),
    alternates: alternatesFor(locale, GUIDE_PATHS.negotiate),
    // The site sends Referrer-Policy: no-referrer, under which a browser posts a form with "Origin: null"
    // and Next refuses the server action (its CSRF check). "same-origin" still sends nothing to other sites.
    referrer: "same-origin",
  };
}

export default async function NegotiatePage() {
  const locale = await getLocale();
  const t = await getTranslations("negotiate");
  const cite = await citationWords();
  const years = LEGAL_FIGURES.limitationYears.value;
  const max = (code: LetterErrorCode) => (code.startsWith("lender") ? LETTER_LIMITS.lenderMax : LETTER_LIMITS.detailsMax);
  const words: LetterFormWords = {
    required: t("form.required"),
    optional: t("form.optional"),
    lender: t("form.lender"),
    lenderHint: t("form.lenderHint"),
    amount: t("form.amount"),
    amountHint: t("form.amountHint"),
    monthly: t("form.monthly"),
    monthlyHint: t("form.monthlyHint"),
    reason: t("form.reason"),
    reasonChoose: t("form.reasonChoose"),
    reasons: Object.fromEntries(LETTER_REASONS.map((r) => [r, t(`form.reasons.${r}`)])) as LetterFormWords["reasons"],
    details: t("form.details"),
    detailsHint: t("form.detailsHint"),
    scriptLegend: t("form.scriptLegend"),
    scriptHint: t("form.scriptHint"),
    scripts: { ...LOCALE_ENDONYMS },
    scriptDefault: t("form.scriptDefault"),
    submit: t("form.submit"),
    errorSummary: t("errors.summary"),
    errors: Object.fromEntries(LETTER_ERROR_CODES.map((code) => [code, t(`errors.${code}`, { max: max(code) })])) as LetterFormWords["errors"],
    result: { ...messagesFor(locale).negotiate.result },
  };

  return (
    <GuideShell section="negotiate" title={t("title")} intro={t("intro")}>
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
        <h2 id="letter" className="text-xl font-bold text-brand-800">
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
        <LetterForm
          action={generateLetter}
          words={words}
          letterWords={{ "zh-Hans": messagesFor("zh-Hans").letter, "zh-Hant": messagesFor("zh-Hant").letter }}
          limits={{ lenderMax: LETTER_LIMITS.lenderMax, detailsMax: LETTER_LIMITS.detailsMax }}
        />
      </section>
    </GuideShell>
  );
}
