import type { Metadata, Viewport } from "next";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { configuredOrigin } from "@/lib/http/origin";
import { isAppLocale } from "@/lib/i18n/routing";
import "../globals.css";

// The App Router pages that remain (result, verdict, rights, negotiate, legal check) render per request,
// so metadataBase below reads SITE_URL at run time instead of the value the build happened to see.
export const dynamic = "force-dynamic";

export async function generateMetadata(): Promise<Metadata> {
  const t = await getTranslations("meta");
  return {
    metadataBase: new URL(configuredOrigin()),
    title: { default: t("title"), template: `%s · ${t("title")}` },
    description: t("description"),
    formatDetection: { telephone: false },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1c6b55" };

export default async function LocaleLayout({ children, params }: LayoutProps<"/[locale]">) {
  const { locale } = await params;
  if (!isAppLocale(locale)) notFound();
  const messages = await getMessages();
  return (
    <html lang={locale}>
      <body className="min-h-screen bg-white font-sans text-gray-900 antialiased">
        {/* Client components only need the error page's words. */}
        <NextIntlClientProvider messages={{ error: messages.error }}>{children}</NextIntlClientProvider>
      </body>
    </html>
  );
}
