import { ChoiceOption } from "@/components/guide/choice-option";
import { GuideFrame } from "@/components/guide/guide-frame";
import { CHECK_KINDS } from "@/lib/guide/legal-check";
import { GUIDE_PATHS } from "@/lib/guide/sections";
import { localizedHref } from "@/lib/i18n/metadata";
import type { AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import type { Finding } from "@/lib/message-check";
import type { CheckFormValues, InputError } from "@/lib/message-check/input";
import { MESSAGE_LIMITS } from "@/lib/message-check/limits";
import { NIGHT } from "@/lib/message-check/night";
import { resultHtml } from "./result-html";
import { messageCheckWords } from "./words";

/** What the no-JavaScript POST produced: the values as typed, and the findings or the field errors. */
export interface MessageCheckState {
  readonly values: CheckFormValues;
  readonly findings?: readonly Finding[];
  readonly errors?: Partial<Record<"text" | "receivedAt", InputError>>;
}

const EMPTY: MessageCheckState = { values: { text: "", kind: "unknown", receivedAt: "" } };
const FIELD = "mt-1 block w-full rounded-md border border-gray-500 px-3 py-2 text-base";

/**
 * "Is this message real?": one message, an optional kind of lender and time received. Without JavaScript the
 * form posts to this page and the server answers (uncached, nothing kept); with JavaScript the
 * "message-check" island checks it in the browser and renders the same answer into #mc-output.
 */
export function MessageCheckPage({ locale, state = EMPTY }: { locale: AppLocale; state?: MessageCheckState }) {
  const t = translator(locale, "messageCheck");
  const tKinds = translator(locale, "legalCheck");
  const words = messageCheckWords(locale);
  const { values, findings, errors = {} } = state;
  const max = new Intl.NumberFormat(locale === "zh-Hant" ? "zh-TW" : "zh-CN").format(MESSAGE_LIMITS.maxChars);
  const describedBy = (field: "text" | "receivedAt") => [`${field}-hint`, errors[field] ? `${field}-error` : ""].filter(Boolean).join(" ");
  const errorSlot = (field: "text" | "receivedAt") => (
    <p id={`${field}-error`} hidden={!errors[field]} className="mt-1 text-sm font-medium text-red-800">
      {errors[field] ? words.errors[errors[field]] : null}
    </p>
  );
  const answer = findings ? resultHtml({ text: values.text, kind: values.kind, findings, checkedIn: "server" }, words) : "";

  return (
    <GuideFrame locale={locale} section="messageCheck" title={t("title")} intro={t("intro")}>
      <form
        method="post"
        action={`${localizedHref(locale, GUIDE_PATHS.messageCheck)}#mc-output`}
        noValidate
        data-message-check=""
        data-words={JSON.stringify(words)}
        className="space-y-5"
      >
        <div>
          <label htmlFor="text" className="block font-medium">
            {t("form.textLabel")}
          </label>
          <p id="text-hint" className="text-sm text-gray-700">
            {t("form.textHint", { max })}
          </p>
          <textarea
            id="text"
            name="text"
            rows={6}
            autoComplete="off"
            spellCheck={false}
            defaultValue={values.text}
            aria-invalid={errors.text ? true : undefined}
            aria-describedby={describedBy("text")}
            className={`${FIELD} leading-7`}
          />
          {errorSlot("text")}
        </div>
        <fieldset className="space-y-2" aria-describedby="kind-hint">
          <legend className="font-medium">{t("form.kindLabel")}</legend>
          <p id="kind-hint" className="text-sm text-gray-700">
            {t("form.kindHint")}
          </p>
          {CHECK_KINDS.map((kind) => (
            <ChoiceOption key={kind} type="radio" id={`kind-${kind}`} name="kind" value={kind} checked={values.kind === kind}>
              {tKinds(`kinds.${kind}`)}
            </ChoiceOption>
          ))}
        </fieldset>
        <div>
          <label htmlFor="receivedAt" className="block font-medium">
            {t("form.receivedLabel")}
          </label>
          <p id="receivedAt-hint" className="text-sm text-gray-700">
            {t("form.receivedHint", { from: NIGHT.fromHour.value, to: NIGHT.toHour.value })}
          </p>
          <input
            type="datetime-local"
            id="receivedAt"
            name="receivedAt"
            defaultValue={values.receivedAt}
            aria-invalid={errors.receivedAt ? true : undefined}
            aria-describedby={describedBy("receivedAt")}
            className={FIELD}
          />
          {errorSlot("receivedAt")}
        </div>
        <p className="text-sm text-gray-800">{t("privacy.before")}</p>
        <button type="submit" className="rounded-md bg-brand-600 px-5 py-2.5 font-medium text-white hover:bg-brand-700">
          {t("form.submit")}
        </button>
      </form>

      {/* Always in the page (hidden until there is an answer), so the island can fill it in the browser. */}
      <section
        id="mc-output"
        aria-labelledby="mc-result-title"
        hidden={!findings}
        className="space-y-5"
        dangerouslySetInnerHTML={{ __html: answer }}
      />
    </GuideFrame>
  );
}
