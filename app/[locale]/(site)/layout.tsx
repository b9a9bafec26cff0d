import { ClientLanguageSwitch } from "@/components/layout/client-language-switch";
import { SiteFooter } from "@/components/layout/site-footer";
import { SiteHeader } from "@/components/layout/site-header";
import { isAppLocale, routing } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";

// The frame of the App Router pages that remain; route-handler pages get the same frame from components/layout/document.tsx.
export default async function SiteLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale: raw } = await params;
  const locale = isAppLocale(raw) ? raw : routing.defaultLocale;
  const label = translator(locale, "languageSwitch")("label");
  return (
    <>
      <SiteHeader locale={locale} switchHref={`/${locale}`} languageSwitch={<ClientLanguageSwitch locale={locale} label={label} />} />
      <main id="main" className="mx-auto max-w-2xl px-4 py-6">
        {children}
      </main>
      <SiteFooter locale={locale} />
    </>
  );
}
