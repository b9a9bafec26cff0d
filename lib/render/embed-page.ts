import { createElement } from "react";
import { EmbedQuestionnaire } from "@/components/embed/embed-questionnaire";
import type { FieldError, RawAnswers } from "@/lib/answers";
import type { AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { renderPage, type PageOptions } from "./render-page";

/**
 * An embed widget page: framable by any site (frame-ancestors *), drawn without the site's header and
 * footer, not indexed (the site's own pages are), with the one island that talks to the parent page.
 */
export function renderEmbedPage(options: Omit<PageOptions, "frameable" | "islands" | "robots" | "stylesheet">): Promise<Response> {
  return renderPage({ ...options, frameable: true, robots: "noindex, nofollow", islands: ["embed-frame"] });
}

/**
 * The widget's four questions: its first page, and what the result and verdict frames show again when their
 * query does not parse (with the reader's values and the errors).
 */
export function renderEmbedForm(
  locale: AppLocale,
  page: { path: string; query: string; oembed?: PageOptions["oembed"] },
  form: { values?: RawAnswers; errors?: readonly FieldError[] } = {},
): Promise<Response> {
  return renderEmbedPage({
    locale,
    ...page,
    title: translator(locale, "embed")("metaTitle"),
    description: translator(locale, "meta")("description"),
    body: createElement(EmbedQuestionnaire, { locale, ...form }),
  });
}
