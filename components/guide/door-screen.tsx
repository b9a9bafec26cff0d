import { CONTENT_CHECKED } from "@/lib/content/checked";
import { formatIsoDate } from "@/lib/i18n/dates";
import { citationLabel } from "@/lib/guide/citations";
import { DOOR_CASES, DOOR_CITES, DOOR_NOT_ALLOWED, DOOR_STEPS } from "@/lib/guide/door";
import { GUIDE_PATHS, sourceHref } from "@/lib/guide/sections";
import { localizedHref } from "@/lib/i18n/metadata";
import { routing, type AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { getSource } from "@/lib/sources";

/** The worker that keeps both scripts' door pages for offline use (public/door-sw.js). */
export const DOOR_SERVICE_WORKER = "/door-sw.js";

/**
 * The "someone is at my door" screen: the call to 110 first, then the steps, what to say and what the
 * visitor may not do. Kept short for a phone on a bad connection; the "door-offline" island registers
 * the service worker named in data attributes here, so the page opens offline once visited.
 */
export function DoorScreen({ locale }: { locale: AppLocale }) {
  const t = translator(locale, "door");
  const tGuide = translator(locale, "guide");
  const citations = DOOR_CITES.flatMap((id) => {
    const source = getSource(id);
    return [{ href: sourceHref(locale, id), label: citationLabel(source, locale), date: source.date }];
  });
  const next = (["rights", "negotiate", "legalCheck", "scams"] as const).map((section) => ({
    href: localizedHref(locale, GUIDE_PATHS[section]),
    label: tGuide(`sections.${section}.title`),
  }));
  next.push({ href: localizedHref(locale, "/guide"), label: t("backToGuide") });
  const h2 = "mt-6 mb-2 text-lg font-bold text-brand-800";

  return (
    <article className="text-[1.0625rem]">
      <h1 className="text-2xl font-bold leading-snug text-brand-800">{t("title")}</h1>
      <p className="my-3 text-lg font-bold">{t("lead")}</p>
      <section className="rounded-lg border-2 border-red-700 bg-red-50 px-4 pb-4 pt-1" aria-labelledby="sos">
        <h2 id="sos" className="mt-2 mb-1 text-lg font-bold text-red-900">
          {t("call110Title")}
        </h2>
        <p className="mb-3">{t("call110Body")}</p>
        <a className="block rounded-lg bg-red-700 p-3 text-center text-xl font-bold text-white no-underline print:hidden" href="tel:110">
          {t("call110Button")}
        </a>
      </section>
      <h2 className={h2}>{t("stepsTitle")}</h2>
      <ol className="list-decimal space-y-2 pl-6">
        {DOOR_STEPS.map((n) => (
          <li key={n}>
            <strong>{t(`step${n}Title`)}</strong>：{t(`step${n}Body`)}
          </li>
        ))}
      </ol>
      <h2 className={h2}>{t("sayTitle")}</h2>
      <p className="rounded-lg bg-brand-50 px-4 py-3">{t("sayText")}</p>
      <h2 className={h2}>{t("notAllowedTitle")}</h2>
      <ul className="list-disc space-y-2 pl-6">
        {DOOR_NOT_ALLOWED.map((n) => (
          <li key={n}>{t(`notAllowed${n}`)}</li>
        ))}
      </ul>
      <h2 className={h2}>{t("casesTitle")}</h2>
      {DOOR_CASES.map((id) => (
        <div key={id} className="mb-3">
          <h3 className="font-bold">{t(`cases.${id}.title`)}</h3>
          <p>{t(`cases.${id}.body`)}</p>
        </div>
      ))}
      <p className="mt-4 text-sm text-gray-700">
        {t("citeTitle")}：
        {citations.map((c, i) => (
          <span key={c.href}>
            {i > 0 ? "；" : ""}
            <a href={c.href} className="text-brand-700 underline">
              {c.label}
            </a>
            （<time dateTime={c.date}>{formatIsoDate(c.date, locale)}</time>）
          </span>
        ))}
      </p>
      <h2 className={h2}>{t("nextTitle")}</h2>
      <ul className="list-disc space-y-2 pl-6">
        {next.map((link) => (
          <li key={link.href}>
            <a href={link.href} className="text-brand-700 underline">
              {link.label}
            </a>
          </li>
        ))}
      </ul>
      <p
        className="mt-4 text-sm text-gray-700"
        data-service-worker={DOOR_SERVICE_WORKER}
        data-scopes={JSON.stringify(routing.locales.map((l) => localizedHref(l, GUIDE_PATHS.door)))}
      >
        {t("offline")}
      </p>
      <p className="text-sm text-gray-700">{tGuide("checked", { date: formatIsoDate(CONTENT_CHECKED, locale) })}</p>
    </article>
  );
}
