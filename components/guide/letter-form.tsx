"use client";

import { useActionState, useEffect, useRef, useState, type FormEvent } from "react";
import {
  composeLetter,
  DEFAULT_LETTER_SCRIPT,
  LETTER_REASONS,
  LETTER_SCRIPTS,
  letterInputFrom,
  letterScript,
  type LetterErrorCode,
  type LetterField,
  type LetterReason,
  type LetterScript,
  type LetterWords,
} from "@/lib/guide/letter";
import { EMPTY_LETTER_STATE, type LetterState } from "@/lib/guide/letter-state";
import { fillTemplate } from "@/lib/guide/template";
import { TextActions } from "./text-actions";
import { useHydrated } from "./use-hydrated";

export interface LetterFormWords {
  required: string;
  optional: string;
  lender: string;
  lenderHint: string;
  amount: string;
  amountHint: string;
  monthly: string;
  monthlyHint: string;
  reason: string;
  reasonChoose: string;
  reasons: Record<LetterReason, string>;
  details: string;
  detailsHint: string;
  /** The letter's script: Simplified (default, for mainland institutions) or Traditional on request. */
  scriptLegend: string;
  scriptHint: string;
  /** Each script's own name (an endonym, shown with its lang attribute). */
  scripts: Record<LetterScript, string>;
  /** Marks the default script, in the page's language. */
  scriptDefault: string;
  submit: string;
  errorSummary: string;
  /** Error messages, already worded (limits filled in). */
  errors: Record<LetterErrorCode, string>;
  result: {
    title: string;
    textLabel: string;
    fillIn: string;
    /** raw template with {months} */
    overFiveYears: string;
    copy: string;
    copied: string;
    copyFailed: string;
    print: string;
    download: string;
    fileName: string;
    noJs: string;
    send: string;
  };
}

interface Props {
  action: (previous: LetterState, form: FormData) => Promise<LetterState>;
  words: LetterFormWords;
  /** The letter's words in both scripts: the borrower picks one. */
  letterWords: Readonly<Record<LetterScript, LetterWords>>;
  limits: { lenderMax: number; detailsMax: number };
}

// Print only the letter, whatever page chrome surrounds it.
const PRINT_CSS =
  "@media print{body *{visibility:hidden!important}#letter-print,#letter-print *{visibility:visible!important}" +
  "#letter-print{display:block!important;position:absolute;left:0;top:0;width:100%;white-space:pre-wrap;font-size:12pt;line-height:1.8}}";

/**
 * The letter generator. With JavaScript the letter is written in the browser and nothing is sent;
 * without it the form posts to a server action (useActionState's progressive enhancement) that
 * returns the same letter in an uncached response.
 */
export function LetterForm({ action, words, letterWords, limits }: Props) {
  const [serverState, formAction] = useActionState(action, EMPTY_LETTER_STATE);
  const [browserState, setBrowserState] = useState<LetterState | null>(null);
  const state = browserState ?? serverState;
  const hydrated = useHydrated();
  const resultHeading = useRef<HTMLHeadingElement>(null);
  const errorSummary = useRef<HTMLDivElement>(null);

  // After the browser writes a letter (or finds errors), move focus there so screen readers follow.
  useEffect(() => {
    if (!browserState?.result) return;
    (browserState.result.ok ? resultHeading.current : errorSummary.current)?.focus();
  }, [browserState]);

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault(); // keep the inputs in the browser: no request is made
    const form = new FormData(event.currentTarget);
    const input = letterInputFrom((name) => form.get(name));
    setBrowserState({ input, result: composeLetter(input, letterWords) });
  }

  const errors = state.result && !state.result.ok ? state.result.errors : {};
  const fieldProps = (field: LetterField, hint: boolean) => {
    const describedBy = [hint ? `${field}-hint` : "", errors[field] ? `${field}-error` : ""].filter(Boolean).join(" ");
    return {
      id: field,
      name: field,
      defaultValue: state.input[field],
      "aria-invalid": errors[field] ? true : undefined,
      "aria-describedby": describedBy || undefined,
    };
  };
  const input = "mt-1 block w-full rounded-md border border-gray-500 px-3 py-2 text-base";
  const errorText = (field: LetterField) =>
    errors[field] ? (
      <p id={`${field}-error`} className="mt-1 text-sm font-medium text-red-800">
        {words.errors[errors[field]]}
      </p>
    ) : null;
  const label = (field: LetterField, text: string, required: boolean) => (
    <label htmlFor={field} className="block font-medium">
      {text} <span className="text-sm font-normal text-gray-700">（{required ? words.required : words.optional}）</span>
    </label>
  );
  const hintText = (field: LetterField, text: string) => (
    <p id={`${field}-hint`} className="text-sm text-gray-700">
      {text}
    </p>
  );

  return (
    <div className="space-y-6">
      <form
        action={formAction}
        onSubmit={onSubmit}
        noValidate
        // Marks when the browser path is live (letters are then written locally): tests wait for it.
        data-hydrated={hydrated ? "" : undefined}
        className="space-y-4"
      >
        {Object.keys(errors).length > 0 ? (
          <div ref={errorSummary} tabIndex={-1} role="alert" className="rounded-md border-2 border-red-700 bg-red-50 p-3">
            <p className="font-bold text-red-900">{words.errorSummary}</p>
            <ul className="list-disc pl-6">
              {(Object.entries(errors) as [LetterField, LetterErrorCode][]).map(([field, code]) => (
                <li key={field}>
                  <a href={`#${field}`} className="text-red-900 underline">
                    {words.errors[code]}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ) : null}
        <div>
          {label("lender", words.lender, true)}
          {hintText("lender", words.lenderHint)}
          <input type="text" autoComplete="off" maxLength={limits.lenderMax * 2} className={input} {...fieldProps("lender", true)} />
          {errorText("lender")}
        </div>
        <div>
          {label("amount", words.amount, false)}
          {hintText("amount", words.amountHint)}
          <input type="text" inputMode="decimal" autoComplete="off" className={input} {...fieldProps("amount", true)} />
          {errorText("amount")}
        </div>
        <div>
          {label("monthly", words.monthly, true)}
          {hintText("monthly", words.monthlyHint)}
          <input type="text" inputMode="decimal" autoComplete="off" className={input} {...fieldProps("monthly", true)} />
          {errorText("monthly")}
        </div>
        <div>
          {label("reason", words.reason, true)}
          <select className={input} {...fieldProps("reason", false)}>
            <option value="">{words.reasonChoose}</option>
            {LETTER_REASONS.map((reason) => (
              <option key={reason} value={reason}>
                {words.reasons[reason]}
              </option>
            ))}
          </select>
          {errorText("reason")}
        </div>
        <div>
          {label("details", words.details, false)}
          {hintText("details", words.detailsHint)}
          <textarea rows={4} autoComplete="off" maxLength={limits.detailsMax * 2} className={input} {...fieldProps("details", true)} />
          {errorText("details")}
        </div>
        <fieldset aria-describedby="script-hint">
          <legend className="font-medium">{words.scriptLegend}</legend>
          <p id="script-hint" className="text-sm text-gray-700">
            {words.scriptHint}
          </p>
          {LETTER_SCRIPTS.map((script) => (
            <div key={script} className="mt-1 flex items-center gap-3">
              <input
                type="radio"
                id={`script-${script}`}
                name="script"
                value={script}
                defaultChecked={letterScript(state.input.script) === script}
                className="size-5 shrink-0 accent-brand-600"
              />
              <label htmlFor={`script-${script}`}>
                <span lang={script}>{words.scripts[script]}</span>
                {script === DEFAULT_LETTER_SCRIPT ? words.scriptDefault : null}
              </label>
            </div>
          ))}
        </fieldset>
        <button type="submit" className="rounded-md bg-brand-600 px-5 py-2.5 font-medium text-white hover:bg-brand-700">
          {words.submit}
        </button>
      </form>

      {state.result?.ok ? (
        <section aria-labelledby="letter-result" className="space-y-3">
          <style>{PRINT_CSS}</style>
          <h3 id="letter-result" ref={resultHeading} tabIndex={-1} className="text-xl font-bold text-brand-800">
            {words.result.title}
          </h3>
          <p>{words.result.fillIn}</p>
          {state.result.warnings.includes("over_five_years") && state.result.months !== null ? (
            <p className="rounded-md border border-amber-700 bg-amber-50 p-3">
              {fillTemplate(words.result.overFiveYears, { months: state.result.months })}
            </p>
          ) : null}
          <label htmlFor="letter-text" className="block font-medium">
            {words.result.textLabel}
          </label>
          <textarea
            id="letter-text"
            lang={state.result.script}
            readOnly
            value={state.result.text}
            rows={18}
            className="w-full rounded-md border border-gray-400 p-3 text-base leading-7"
          />
          <div id="letter-print" lang={state.result.script} className="hidden" aria-hidden="true">
            {state.result.text}
          </div>
          <TextActions
            text={state.result.text}
            textareaId="letter-text"
            words={{
              copy: words.result.copy,
              copied: words.result.copied,
              copyFailed: words.result.copyFailed,
              print: words.result.print,
              download: words.result.download,
              fileName: words.result.fileName,
            }}
          />
          {hydrated ? null : <p className="text-sm text-gray-800">{words.result.noJs}</p>}
          <p className="text-sm">{words.result.send}</p>
        </section>
      ) : null}
    </div>
  );
}
