import { getLocale, getTranslations } from "next-intl/server";
import { getLender, type Estimate } from "@/lib/rules";
import { lenderName } from "./lender-name";

/** What is known of this lender's collection practice, with every source and its date. */
export async function LenderFacts({ lender }: { lender: Estimate["lender"] }) {
  const locale = await getLocale();
  const t = await getTranslations("result.lender");
  return (
    <section aria-labelledby="lender-title" className="space-y-3">
      <h2 id="lender-title" className="text-lg font-bold text-brand-800">
        {t("title", { lender: lenderName(getLender(lender.id), locale) })}
      </h2>
      <p>{lender.visitPractice[locale]}</p>
      <h3 className="font-bold">{t("sources")}</h3>
      <ul className="space-y-1.5 text-sm text-gray-700">
        {lender.sources.map((source) => {
          const title = locale === "zh-Hant" ? source.titleHant : source.title;
          return (
            <li key={source.id}>
              {source.url ? (
                <a href={source.url} rel="noreferrer noopener" className="text-brand-700 underline">
                  {title}
                </a>
              ) : (
                title
              )}
              <span className="text-gray-600">
                {" · "}
                {t(`kinds.${source.kind}`)} · {t("sourceDate", { date: source.date })}
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
