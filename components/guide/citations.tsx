import { formatIsoDate } from "@/lib/i18n/dates";
import { getSource, type Script, type SourceId } from "@/lib/sources";
import { citationLabel, forceOf, type Force } from "@/lib/guide/citations";
import { sourceHref } from "@/lib/guide/sections";

interface Props {
  ids: readonly SourceId[];
  locale: Script;
  label: string;
  forceLabels: Readonly<Record<Force, string>>;
}

/** "依据：" and each source as title + article · date · force, linked to its entry on the sources page. */
export function Citations({ ids, locale, label, forceLabels }: Props) {
  const cited = ids.map((id) => getSource(id));
  if (cited.length === 0) return null;
  return (
    <div className="mt-2 text-sm leading-6 text-gray-700">
      <p className="font-medium">{label}：</p>
      <ul className="space-y-1">
        {cited.map((source) => (
          <li key={source.id}>
            <a href={sourceHref(locale, source.id)} className="text-brand-700 underline underline-offset-2">
              {citationLabel(source, locale)}
            </a>
            <span className="whitespace-nowrap">
              {" "}
              · <time dateTime={source.date}>{formatIsoDate(source.date, locale)}</time> · {forceLabels[forceOf(source)]}
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
