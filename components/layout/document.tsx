import type { ReactNode } from "react";
import type { PageHead } from "@/lib/render/head";
import { SiteFooter } from "./site-footer";
import { SiteHeader } from "./site-header";

export const THEME_COLOR = "#1c6b55";

interface Props {
  head: PageHead;
  /** The site CSS: inlined (text, its hash is in the CSP) or linked (a hashed file with a long cache). */
  css: { inline: string } | { href: string };
  /** Island module scripts, external and deferred by nature; never inline. */
  scripts: readonly string[];
  switchHref: string;
  /** false for the embed widget: no site header or footer inside someone else's page. */
  chrome?: boolean;
  children?: ReactNode;
}

/**
 * The whole document of every route-handler page: head (title, description, canonical, hreflang, og and
 * twitter tags, icons, CSS) and the site frame (header, main, footer). Rendered to a string on the server;
 * React never runs in the browser.
 */
export function Document({ head, css, scripts, switchHref, chrome = true, children }: Props) {
  const locale = head.lang;
  return (
    <html lang={locale}>
      {/* A whole document rendered to a string by a route handler, not an App Router page: next/head does not apply. */}
      {/* eslint-disable-next-line @next/next/no-head-element */}
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{head.title}</title>
        <meta name="description" content={head.description} />
        {head.robots ? <meta name="robots" content={head.robots} /> : null}
        <link rel="canonical" href={head.canonical} />
        {head.alternates.map((alt) => (
          <link key={alt.hrefLang} rel="alternate" hrefLang={alt.hrefLang} href={alt.href} />
        ))}
        {head.meta.map((m) => (
          <meta key={`${m.property ?? m.name}:${m.content}`} property={m.property} name={m.name} content={m.content} />
        ))}
        {head.links.map((link) => (
          <link key={link.href} rel={link.rel} type={link.type} href={link.href} title={link.title} />
        ))}
        <meta name="theme-color" content={THEME_COLOR} />
        <meta name="format-detection" content="telephone=no" />
        <link rel="icon" href="/favicon.ico" sizes="32x32" />
        <link rel="icon" href="/icon.svg" type="image/svg+xml" />
        <link rel="apple-touch-icon" href="/apple-touch-icon.png" />
        {"inline" in css ? <style dangerouslySetInnerHTML={{ __html: css.inline }} /> : <link rel="stylesheet" href={css.href} />}
        {scripts.map((src) => (
          // Module scripts are deferred by nature: they never block parsing (the rule only knows classic scripts).
          // eslint-disable-next-line @next/next/no-sync-scripts
          <script key={src} type="module" src={src} />
        ))}
      </head>
      {chrome ? (
        <body className="min-h-screen bg-white font-sans text-gray-900 antialiased">
          <SiteHeader locale={locale} switchHref={switchHref} />
          <main id="main" className="mx-auto max-w-2xl px-4 py-6">
            {children}
          </main>
          <SiteFooter locale={locale} />
        </body>
      ) : (
        // The embed's height is its content's (the parent page sizes the frame to it): no min-height.
        <body className="bg-white font-sans text-gray-900 antialiased">
          {/* Named: in a page that frames it (the snippet kit's preview) it is a second main landmark. */}
          <main id="main" aria-label={head.title} className="px-3 py-3">
            {children}
          </main>
        </body>
      )}
    </html>
  );
}
