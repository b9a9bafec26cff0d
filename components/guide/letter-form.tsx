import {
  DEFAULT_LETTER_SCRIPT,
  LETTER_ERROR_CODES,
  LETTER_LIMITS,
  LETTER_REASONS,
  LETTER_SCRIPTS,
  letterScript,
  type LetterErrorCode,
  type LetterField,
  type LetterScript,
} from "@/lib/guide/letter";
import compile from "icu-minify/compile";
import type { CompiledMessage } from "icu-minify/format";
import { letterData, type LetterData } from "@/lib/guide/letter-kit";
import { EMPTY_LETTER_STATE, type LetterState } from "@/lib/guide/letter-state";
import { LOCALE_ENDONYMS } from "@/lib/i18n/locale-names";
import { messagesFor } from "@/lib/i18n/messages";
import type { AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { CopyActions } from "./copy-actions";
import { ChoiceOption } from "./choice-option";

/**
 * What the "letter" island (client/letter.ts) needs to write the letter in the browser, and nothing more:
 * the letter's messages and the card rule in both scripts, the field errors already worded, and the page's two
 * notes (the months note precompiled, with {months}, for the same ICU formatter in the browser).
 * Rendered into the form's data-words attribute (no inline script: the CSP allows none).
 */
export interface LetterIslandWords {
  letters: Readonly<Record<LetterScript, LetterData>>;
  errors: Record<LetterErrorCode, string>;
  /** The page's locale, for formatting the months note. */
  locale: AppLocale;
  /** the months note with {months}, precompiled like the letter's messages */
  overFiveYears: CompiledMessage;
  madeInBrowser: string;
}

interface Props {
  locale: AppLocale;
  /** Where the form posts without JavaScript: this page's own route handler. */
  action: string;
  /** What was posted and the letter (or errors) written from it; empty on a GET. */
  state?: LetterState;
}

const FIELD_INPUT = "mt-1 block w-full rounded-md border border-gray-500 px-3 py-2 text-base";
/** Fields with a hint under their label (the reason's choices speak for themselves). */
const HINTED: ReadonlySet<LetterField> = new Set(["lender", "amount", "monthly", "details"]);

/**
 * The letter generator. The server renders the whole form, the error slots and the result, so it works
 * without JavaScript: the form posts to this page and the server writes the letter (uncached, nothing kept).
 * With JavaScript the "letter" island writes it in the browser into the same markup and nothing is sent.
 * The page says which of the two wrote the letter.
 */
export function LetterForm({ locale, action, state = EMPTY_LETTER_STATE }: Props) {
  const t = translator(locale, "negotiate");
  const result = messagesFor(locale).negotiate.result;
  const max = (code: LetterErrorCode) => (code.startsWith("lender") ? LETTER_LIMITS.lenderMax : LETTER_LIMITS.detailsMax);
  const errorWords = Object.fromEntries(LETTER_ERROR_CODES.map((code) => [code, t(`errors.${code}`, { max: max(code) })])) as Record<
    LetterErrorCode,
    string
  >;
  const islandWords: LetterIslandWords = {
    letters: letterData(),
    locale,
    errors: errorWords,
    overFiveYears: compile(result.overFiveYears),
    madeInBrowser: result.madeInBrowser,
  };

  const letter = state.result?.ok ? state.result : null;
  const errors = state.result && !state.result.ok ? state.result.errors : {};
  const errorList = Object.entries(errors) as [LetterField, LetterErrorCode][];
  const fieldProps = (field: LetterField) => {
    const describedBy = [HINTED.has(field) ? `${field}-hint` : "", errors[field] ? `${field}-error` : ""].filter(Boolean).join(" ");
    return {
      id: field,
      name: field,
      defaultValue: state.input[field],
      "aria-invalid": errors[field] ? true : undefined,
      "aria-describedby": describedBy || undefined,
    };
  };
  // Every field has an error slot; the island fills and shows it in the browser.
  const errorText = (field: LetterField) => (
    <p id={`${field}-error`} hidden={!errors[field]} className="mt-1 text-sm font-medium text-red-800">
      {errors[field] ? errorWords[errors[field]] : null}
    </p>
  );
  const label = (field: LetterField, text: string, required: boolean) => (
    <label htmlFor={field} className="block font-medium">
      {text} <span className="text-sm font-normal text-gray-700">（{required ? t("form.required") : t("form.optional")}）</span>
    </label>
  );
  const hintText = (field: LetterField, text: string) => (
    <p id={`${field}-hint`} className="text-sm text-gray-700">
      {text}
    </p>
  );

  return (
    <div className="space-y-6">
      <form method="post" action={action} noValidate data-letter-form="" data-words={JSON.stringify(islandWords)} className="space-y-4">
        <div id="letter-errors" tabIndex={-1} role="alert" hidden={errorList.length === 0} className="rounded-md border-2 border-red-700 bg-red-50 p-3">
          <p className="font-bold text-red-900">{t("errors.summary")}</p>
          <ul className="list-disc pl-6">
            {errorList.map(([field, code]) => (
              <li key={field}>
                <a href={`#${field}`} className="text-red-900 underline">
                  {errorWords[code]}
                </a>
              </li>
            ))}
          </ul>
        </div>
        <div>
          {label("lender", t("form.lender"), true)}
          {hintText("lender", t("form.lenderHint"))}
          <input type="text" autoComplete="off" maxLength={LETTER_LIMITS.lenderMax * 2} className={FIELD_INPUT} {...fieldProps("lender")} />
          {errorText("lender")}
        </div>
        <div>
          {label("amount", t("form.amount"), false)}
          {hintText("amount", t("form.amountHint"))}
          <input type="text" inputMode="decimal" autoComplete="off" className={FIELD_INPUT} {...fieldProps("amount")} />
          {errorText("amount")}
        </div>
        <div>
          {label("monthly", t("form.monthly"), true)}
          {hintText("monthly", t("form.monthlyHint"))}
          <input type="text" inputMode="decimal" autoComplete="off" className={FIELD_INPUT} {...fieldProps("monthly")} />
          {errorText("monthly")}
        </div>
        <div>
          {label("reason", t("form.reason"), true)}
          <select className={FIELD_INPUT} {...fieldProps("reason")}>
            <option value="">{t("form.reasonChoose")}</option>
            {LETTER_REASONS.map((reason) => (
              <option key={reason} value={reason}>
                {t(`form.reasons.${reason}`)}
              </option>
            ))}
          </select>
          {errorText("reason")}
        </div>
        <div>
          {label("details", t("form.details"), false)}
          {hintText("details", t("form.detailsHint"))}
          <textarea rows={4} autoComplete="off" maxLength={LETTER_LIMITS.detailsMax * 2} className={FIELD_INPUT} {...fieldProps("details")} />
          {errorText("details")}
        </div>
        <div>
          <ChoiceOption type="checkbox" id="card" name="card" value="1" checked={state.input.card !== "" && state.input.card !== "0"}>
            {t("form.card")}
            <span id="card-hint" className="block text-sm text-gray-700">
              {t("form.cardHint")}
            </span>
          </ChoiceOption>
        </div>
        <fieldset aria-describedby="script-hint">
          <legend className="font-medium">{t("form.scriptLegend")}</legend>
          <p id="script-hint" className="text-sm text-gray-700">
            {t("form.scriptHint")}
          </p>
          {LETTER_SCRIPTS.map((script) => (
            <ChoiceOption
              key={script}
              type="radio"
              id={`script-${script}`}
              name="script"
              value={script}
              checked={letterScript(state.input.script) === script}
              align="center"
            >
              <span lang={script}>{LOCALE_ENDONYMS[script]}</span>
              {script === DEFAULT_LETTER_SCRIPT ? t("form.scriptDefault") : null}
            </ChoiceOption>
          ))}
        </fieldset>
        <button type="submit" className="rounded-md bg-brand-600 px-5 py-2.5 font-medium text-white hover:bg-brand-700">
          {t("form.submit")}
        </button>
      </form>

      {/* Always in the page (hidden until there is a letter), so the island can fill it in the browser. */}
      <section id="letter-output" aria-labelledby="letter-result" hidden={!letter} className="space-y-3">
        <h3 id="letter-result" tabIndex={-1} className="text-xl font-bold text-brand-800">
          {result.title}
        </h3>
        <p>{result.fillIn}</p>
        <p id="letter-months" hidden={!letter?.warnings.includes("over_five_years")} className="rounded-md border border-amber-700 bg-amber-50 p-3">
          {letter?.warnings.includes("over_five_years") && letter.months !== null ? t("result.overFiveYears", { months: letter.months }) : null}
        </p>
        <label htmlFor="letter-text" className="block font-medium">
          {result.textLabel}
        </label>
        <textarea
          id="letter-text"
          lang={letter?.script ?? DEFAULT_LETTER_SCRIPT}
          readOnly
          defaultValue={letter?.text ?? ""}
          rows={18}
          className="w-full rounded-md border border-gray-400 p-3 text-base leading-7"
        />
        <div id="letter-print" lang={letter?.script ?? DEFAULT_LETTER_SCRIPT} className="hidden" aria-hidden="true">
          {letter?.text ?? ""}
        </div>
        <CopyActions
          textareaId="letter-text"
          words={{
            copy: result.copy,
            copied: result.copied,
            copyFailed: result.copyFailed,
            print: result.print,
            download: result.download,
            fileName: result.fileName,
          }}
        />
        <p id="letter-no-js" className="text-sm text-gray-800">
          {result.noJs}
        </p>
        <p id="letter-made" className="text-sm text-gray-800">
          {result.madeOnServer}
        </p>
        <p className="text-sm">{result.send}</p>
      </section>
    </div>
  );
}
