import { CopyableCode } from "@/components/guide/copyable-code";
import { serializeAnswers, type Answers } from "@/lib/answers";
import { CARD_VERSION, cardPath } from "@/lib/card/card-text";
import type { AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import type { Estimate } from "@/lib/rules";
import { serializeVerdict, verdictOf } from "@/lib/sharing/verdict-link";
import { QrCode } from "./qr-code";

/**
 * The share panel, privacy first: the verdict-only link (level and window) comes first, the full link
 * second with one line on what it reveals. Each link is a selectable text and a plain link without
 * JavaScript; the "text-actions" island adds copy and the device's share sheet. A QR code (inline SVG) moves
 * the verdict link, or on request the full one, to a phone; the card is the verdict as an image.
 */
export function ShareLinks({ locale, origin, answers, estimate }: { locale: AppLocale; origin: string; answers: Answers; estimate: Estimate }) {
  const t = translator(locale, "result.share");
  const ts = translator(locale, "share");
  const verdict = verdictOf(estimate);
  const verdictQuery = serializeVerdict(verdict);
  const verdictHref = `${origin}/${locale}/verdict?${verdictQuery}`;
  const fullHref = `${origin}/${locale}/result?${serializeAnswers(answers)}`;
  const card = `${cardPath(locale, verdict)}?v=${CARD_VERSION}`;
  const copyWords = { copy: ts("copy"), copied: ts("copied"), copyFailed: ts("copyFailed"), share: ts("shareSheet") };
  return (
    <section aria-labelledby="share-title" className="space-y-5">
      <h2 id="share-title" className="text-lg font-bold text-brand-800">
        {t("title")}
      </h2>
      <ShareLink id="share-verdict" label={ts("verdictLabel")} lead={ts("verdictLead")} href={verdictHref} linkText={t("verdictOnly")} copyWords={copyWords} />
      <ShareLink id="share-full" label={ts("fullLabel")} lead={ts("fullLead")} href={fullHref} linkText={t("full")} copyWords={copyWords} />
      <p className="text-sm text-gray-700">{ts("selectHint")}</p>

      <div className="space-y-2">
        <h3 className="font-bold text-brand-800">{ts("qrTitle")}</h3>
        <p className="text-sm text-gray-700">{ts("qrHint")}</p>
        <QrCode text={verdictHref} label={ts("qrVerdictAlt")} />
        <details>
          <summary className="cursor-pointer py-1 font-medium text-brand-700">{ts("qrFullSummary")}</summary>
          <QrCode text={fullHref} label={ts("qrFullAlt")} />
        </details>
      </div>

      <div className="space-y-2">
        <h3 className="font-bold text-brand-800">{ts("cardTitle")}</h3>
        <p className="text-sm text-gray-700">{ts("cardHint")}</p>
        <a href={card} className="block">
          {/* A server-made PNG (the share card); next/image would add the framework's loader. */}
          {/* eslint-disable-next-line @next/next/no-img-element */}
          <img src={card} width={1200} height={630} loading="lazy" alt={ts("cardLink")} className="h-auto w-full rounded border border-gray-300" />
        </a>
      </div>

      <p className="text-sm text-gray-700">{t("hint")}</p>
      <p>
        <a href={`/${locale}/share?${verdictQuery}`} rel="nofollow" className="font-medium text-brand-700 underline">
          {ts("kitLink")}
        </a>
      </p>
    </section>
  );
}

function ShareLink(props: { id: string; label: string; lead: string; href: string; linkText: string; copyWords: Parameters<typeof CopyableCode>[0]["words"] }) {
  const { id, label, lead, href, linkText, copyWords } = props;
  return (
    <div className="space-y-2 rounded-md border border-gray-300 p-3">
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      <p id={`${id}-lead`} className="text-sm text-gray-800">
        {lead}
      </p>
      <CopyableCode id={id} value={href} describedBy={`${id}-lead`} words={copyWords} />
      <a href={href} rel="nofollow" className="inline-block text-sm font-medium text-brand-700 underline">
        {linkText}
      </a>
    </div>
  );
}
