import { createElement } from "react";
import { createTranslator } from "next-intl";
import { DoorScreen, type DoorWords } from "@/components/guide/door-screen";
import { CONTENT_CHECKED } from "@/lib/content/checked";
import { citationLabel } from "@/lib/guide/citations";
import { DOOR_CASES, DOOR_CITES, DOOR_NOT_ALLOWED, DOOR_STEPS } from "@/lib/guide/door";
import { GUIDE_PATHS, sourceHref } from "@/lib/guide/sections";
import { securityHeaders } from "@/lib/http/security-headers.cjs";
import { LOCALE_ENDONYMS, otherLocale } from "@/lib/i18n/locale-names";
import { messagesFor } from "@/lib/i18n/messages";
import { localizedHref } from "@/lib/i18n/metadata";
import { isAppLocale, routing } from "@/lib/i18n/routing";
import { getSource } from "@/lib/sources";
import { configuredOrigin } from "@/lib/http/origin";

/**
 * The door screen as a route handler: the same content in plain server-rendered HTML with inline CSS,
 * so it ships no framework JavaScript and stays tiny for a phone on a bad connection. A service worker
 * (public/door-sw.js, registered by a one-line inline script) keeps both scripts' door pages for offline use.
 */
export async function GET(_request: Request, { params }: RouteContext<"/[locale]/guide/door">) {
  const { locale } = await params;
  if (!isAppLocale(locale)) return new Response(null, { status: 404 });
  const t = createTranslator({ locale, messages: messagesFor(locale) });
  const target = otherLocale(locale);

  const words: DoorWords = {
    siteName: t("site.name"),
    homeLabel: t("site.homeLink", { name: t("site.name") }),
    switchLabel: t("languageSwitch.label"),
    title: t("door.title"),
    lead: t("door.lead"),
    call110Title: t("door.call110Title"),
    call110Body: t("door.call110Body"),
    call110Button: t("door.call110Button"),
    stepsTitle: t("door.stepsTitle"),
    steps: DOOR_STEPS.map((n) => ({ title: t(`door.step${n}Title`), body: t(`door.step${n}Body`) })),
    sayTitle: t("door.sayTitle"),
    sayText: t("door.sayText"),
    notAllowedTitle: t("door.notAllowedTitle"),
    notAllowed: DOOR_NOT_ALLOWED.map((n) => t(`door.notAllowed${n}`)),
    casesTitle: t("door.casesTitle"),
    cases: DOOR_CASES.map((id) => ({ title: t(`door.cases.${id}.title`), body: t(`door.cases.${id}.body`) })),
    citeTitle: t("door.citeTitle"),
    nextTitle: t("door.nextTitle"),
    offline: t("door.offline"),
    checked: t("guide.checked", { date: CONTENT_CHECKED }),
  };
  const citations = DOOR_CITES.map((id) => {
    const source = getSource(id);
    return { href: sourceHref(locale, id), label: citationLabel(source, locale), date: source.date };
  });
  const next = (["rights", "negotiate", "legalCheck", "scams"] as const).map((section) => ({
    href: localizedHref(locale, GUIDE_PATHS[section]),
    label: t(`guide.sections.${section}.title`),
  }));
  next.push({ href: localizedHref(locale, "/guide"), label: t("door.backToGuide") });

  const origin = configuredOrigin();
  const { renderToStaticMarkup } = await import("react-dom/server.edge");
  const html = `<!DOCTYPE html>${renderToStaticMarkup(
    createElement(DoorScreen, {
      locale,
      words,
      homeHref: localizedHref(locale, "/"),
      switchLink: { href: localizedHref(target, GUIDE_PATHS.door), label: LOCALE_ENDONYMS[target], locale: target },
      // hreflang and canonical want absolute URLs, as the App Router pages get from metadataBase.
      alternates: [
        ...routing.locales.map((l) => ({ locale: l, href: origin + localizedHref(l, GUIDE_PATHS.door) })),
        { locale: "x-default", href: origin + localizedHref(routing.defaultLocale, GUIDE_PATHS.door) },
      ],
      canonical: origin + localizedHref(locale, GUIDE_PATHS.door),
      description: t("door.metaDescription"),
      citations,
      next,
      serviceWorker: { script: "/door-sw.js", scopes: routing.locales.map((l) => localizedHref(l, GUIDE_PATHS.door)) },
    }),
  )}`;

  const headers = new Headers({
    "Content-Type": "text/html; charset=utf-8",
    // Public, the same for everyone: a shared cache may keep it; browsers recheck after an hour.
    "Cache-Control": "public, max-age=3600, stale-while-revalidate=86400",
  });
  for (const { key, value } of securityHeaders({ dev: process.env.NODE_ENV === "development" })) headers.set(key, value);
  return new Response(html, { headers });
}
