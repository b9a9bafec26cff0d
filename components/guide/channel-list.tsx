import { CHANNELS, type ChannelId } from "@/lib/guide/channels";
import type { AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { Citations } from "./citations";
import { citationWordsFor } from "./guide-frame";

interface Props {
  locale: AppLocale;
  ids: readonly ChannelId[];
  /** Mark the online-lending platform as "if this is online lending" (the lender kind is unknown). */
  onlineOnly?: boolean;
}

/** Complaint and help channels in priority order, each with what it handles and a number to dial or a site to open. */
export function ChannelList({ locale, ids, onlineOnly = false }: Props) {
  const t = translator(locale, "channels");
  const tCheck = translator(locale, "legalCheck");
  const cite = citationWordsFor(locale);
  return (
    <ol className="space-y-3">
      {ids.map((id) => {
        const channel = CHANNELS[id];
        return (
          <li key={id} className="rounded-lg border border-gray-200 p-3">
            <h3 className="font-bold">
              {t(`${id}.name`)}
              {id === "nifa" && onlineOnly ? <span className="font-normal">（{tCheck("ifOnline")}）</span> : null}
            </h3>
            <p className="text-sm">{t(`${id}.what`)}</p>
            {channel.tel ? (
              <p className="mt-2">
                <a
                  href={`tel:${channel.tel}`}
                  className={`inline-block rounded-md px-4 py-2 font-medium text-white ${id === "police" ? "bg-red-700" : "bg-brand-600"}`}
                >
                  {t("call", { number: channel.tel })}
                </a>
              </p>
            ) : null}
            {channel.url ? (
              <p className="mt-2 text-sm">
                <a href={channel.url} rel="noreferrer" className="break-all text-brand-700 underline underline-offset-2">
                  {t("open")}：{channel.url.replace(/^https:\/\//, "")}
                </a>
              </p>
            ) : null}
            <Citations ids={channel.cites} locale={locale} {...cite} />
          </li>
        );
      })}
    </ol>
  );
}
