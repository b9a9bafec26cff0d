import type { ReactNode } from "react";
import { CopyableCode } from "@/components/guide/copyable-code";
import { cardPath } from "@/lib/card/card-text";
import type { AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { serializeVerdict, type Verdict } from "@/lib/sharing/verdict-link";

interface Props {
  locale: AppLocale;
  origin: string;
  /** The verdict the reader came from (the result's share panel links here with it), for the BBCode card. */
  verdict: Verdict | null;
}

/**
 * The snippet kit: iframe code, the WordPress way (paste the URL; oEmbed discovery does the rest), a BBCode
 * image card for forums without iframes, and a plain link, each with a live preview, a selectable code box
 * and a copy button (the "text-actions" island).
 */
export function EmbedKit({ locale, origin, verdict }: Props) {
  const t = translator(locale, "embedKit");
  const site = translator(locale, "site")("name");
  const frameTitle = translator(locale, "embed")("frameTitle", { site });
  const widget = `${origin}/${locale}/embed`;
  const home = `${origin}/${locale}`;
  const iframe = `<iframe src="${widget}" title="${frameTitle}" width="100%" height="720" style="max-width:600px;border:0" loading="lazy"></iframe>`;
  const verdictUrl = verdict ? `${origin}/${locale}/verdict?${serializeVerdict(verdict)}` : null;
  const card = verdict ? origin + cardPath(locale, verdict) : null;
  const bbcode = verdictUrl && card ? `[url=${verdictUrl}][img]${card}[/img][/url]` : `[url=${home}]${t("linkText")}[/url]`;
  const preview = (
    <iframe src={`/${locale}/embed`} title={frameTitle} width="100%" height={720} loading="lazy" className="max-w-full rounded border border-gray-300" />
  );
  return (
    <div className="space-y-8">
      <div className="space-y-2">
        <h1 className="text-2xl font-bold text-brand-800">{t("title")}</h1>
        <p>{t("intro")}</p>
        {verdict ? <p className="text-sm text-gray-700">{t("verdictNote")}</p> : null}
        <p className="text-sm text-gray-700">{t("selectHint")}</p>
      </div>
      <Snippet locale={locale} id="kit-iframe" title={t("iframeTitle")} hint={t("iframeHint")} code={iframe} preview={preview} />
      <Snippet
        locale={locale}
        id="kit-wordpress"
        title={t("wordpressTitle")}
        hint={t("wordpressHint")}
        code={widget}
        preview={
          <div className="space-y-2">
            <blockquote className="border-l-4 border-gray-300 pl-3">
              <a href={widget} className="text-brand-700 underline">
                {frameTitle}
              </a>
            </blockquote>
          </div>
        }
      />
      <Snippet
        locale={locale}
        id="kit-bbcode"
        title={t("bbcodeTitle")}
        hint={verdict ? t("bbcodeHint") : t("bbcodeTextHint")}
        code={bbcode}
        preview={
          verdictUrl && card ? (
            // The share card PNG, as a forum shows it: about 50 KB, so only when asked for (a closed
            // <details> is not rendered, and its lazy image is not loaded).
            <details>
              <summary className="cursor-pointer text-brand-700 underline">{t("cardPreview")}</summary>
              <a href={verdictUrl} className="mt-2 block">
                {/* eslint-disable-next-line @next/next/no-img-element */}
                <img src={card} width={1200} height={630} loading="lazy" alt={t("bbcodeTitle")} className="h-auto w-full rounded border border-gray-300" />
              </a>
            </details>
          ) : (
            <a href={home} className="text-brand-700 underline">
              {t("linkText")}
            </a>
          )
        }
      />
      <Snippet
        locale={locale}
        id="kit-link"
        title={t("linkTitle")}
        hint={t("linkHint")}
        code={home}
        preview={
          <a href={home} className="text-brand-700 underline">
            {home}
          </a>
        }
      />
    </div>
  );
}

function Snippet({ locale, id, title, hint, code, preview }: { locale: AppLocale; id: string; title: string; hint: string; code: string; preview: ReactNode }) {
  const t = translator(locale, "embedKit");
  return (
    <section aria-labelledby={`${id}-title`} className="space-y-2">
      <h2 id={`${id}-title`} className="text-lg font-bold text-brand-800">
        {title}
      </h2>
      <p id={`${id}-hint`}>{hint}</p>
      <label htmlFor={id} className="block font-medium">
        {t("codeLabel", { name: title })}
      </label>
      <CopyableCode id={id} value={code} describedBy={`${id}-hint`} words={{ copy: t("copy"), copied: t("copied"), copyFailed: t("copyFailed") }} />
      <p className="text-sm font-medium text-gray-700">{t("preview")}</p>
      <div className="rounded-md bg-gray-100 p-2">{preview}</div>
    </section>
  );
}
