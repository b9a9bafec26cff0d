import type { FieldError, RawAnswers } from "@/lib/answers";
import { CONTACT_VALUES, HISTORY_VALUES, REGION_VALUES } from "@/lib/answers";
import type { AppLocale } from "@/lib/i18n/routing";
import { translator } from "@/lib/i18n/translator";
import { LENDERS, type Lender } from "@/lib/rules";
import { inScript } from "@/lib/i18n/localized";
import { errorsByField, FIELD_LIMITS, limitsFor, type ErrorsByField } from "./field-error";
import { ErrorSummary } from "./error-summary";
import { NumberField } from "./number-field";

interface Props {
  locale: AppLocale;
  values?: RawAnswers;
  errors?: readonly FieldError[];
  /** id of the introduction that describes the form, when the page shows one. */
  describedBy?: string;
  /** Where the form goes: the result page, or the embed's compact result. */
  action?: string;
  /** The embed's compact form: the four questions without the optional refinements. */
  compact?: boolean;
}

/** Named lenders grouped by kind (credit card and bank loans together), generic entries last. */
const GROUPS = ["bank", "consumer_finance", "online_platform", "matching_brand", "generic"] as const;

function groupOf(lender: Lender): (typeof GROUPS)[number] {
  if (lender.creditor === "generic") return "generic";
  if (lender.kind === "credit_card" || lender.kind === "bank_loan") return "bank";
  if (lender.kind === "small_loan" || lender.kind === "asset_manager") return "generic";
  return lender.kind;
}

/**
 * The four questions as a plain GET form to the result page: works the same with or without JavaScript.
 * The "number-check" island (client/number-check.ts) adds the as-you-type check of days and amount.
 */
export function QuestionnaireForm({ locale, values = {}, errors = [], describedBy, action, compact = false }: Props) {
  const t = translator(locale, "questionnaire");
  const byField: ErrorsByField = errorsByField(errors);
  const message = (field: keyof RawAnswers) => {
    const code = byField[field];
    if (!code) return undefined;
    if (code === "required" && (field === "lender" || field === "contact")) return t("errors.requiredChoice");
    return t(`errors.${code}`, limitsFor(field));
  };
  // The island's words: only the messages the check can produce, already filled with the field's limits.
  const liveMessages = (field: "days" | "amount") =>
    Object.fromEntries(
      (["invalid_number", "not_integer", "too_small", "too_large"] as const).map((code) => [code, t(`errors.${code}`, FIELD_LIMITS[field])]),
    );
  const refinementsOpen = Boolean(values.region || values.history || values.partial || byField.region || byField.history || byField.partial);

  return (
    <form method="get" action={action ?? `/${locale}/result`} noValidate className="space-y-6" aria-describedby={describedBy}>
      {errors.length > 0 && (
        <ErrorSummary
          title={t("errorSummary", { count: errors.length })}
          items={errors.map((e) => ({
            field: e.path,
            message: t("summaryItem", { field: t(`fieldNames.${e.path}`), message: message(e.path) ?? "" }),
          }))}
        />
      )}

      <div className="space-y-1.5">
        <label htmlFor="field-lender" className="block font-bold">
          {t("lender.label")}
        </label>
        <p id="field-lender-hint" className="text-sm text-gray-700">
          {t("lender.hint")}
        </p>
        {byField.lender && <FieldMessage id="field-lender-error">{message("lender")}</FieldMessage>}
        <select
          id="field-lender"
          name="lender"
          defaultValue={values.lender ?? ""}
          aria-describedby={byField.lender ? "field-lender-hint field-lender-error" : "field-lender-hint"}
          aria-invalid={byField.lender ? true : undefined}
          className={`block w-full rounded-md border bg-white px-3 py-2.5 text-base ${byField.lender ? "border-red-700" : "border-gray-400"}`}
        >
          <option value="">{t("lender.placeholder")}</option>
          {GROUPS.map((group) => (
            <optgroup key={group} label={t(`lender.groups.${group}`)}>
              {LENDERS.filter((l) => groupOf(l) === group).map((lender) => (
                <option key={lender.id} value={lender.id}>
                  {inScript(lender.name, locale)}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </div>

      <NumberField
        name="days"
        label={t("days.label")}
        hint={t("days.hint")}
        suffix={t("days.suffix")}
        value={values.days}
        error={message("days")}
        maxLength={6}
        liveMessages={liveMessages("days")}
      />
      <NumberField
        name="amount"
        label={t("amount.label")}
        hint={t("amount.hint")}
        suffix={t("amount.suffix")}
        value={values.amount}
        error={message("amount")}
        maxLength={14}
        liveMessages={liveMessages("amount")}
      />

      <fieldset
        className="space-y-2"
        aria-describedby={byField.contact ? "field-contact-error" : undefined}
        aria-invalid={byField.contact ? true : undefined}
      >
        <legend id="field-contact" tabIndex={-1} className="mb-1 font-bold">
          {t("contact.legend")}
        </legend>
        {byField.contact && <FieldMessage id="field-contact-error">{message("contact")}</FieldMessage>}
        {CONTACT_VALUES.map((value) => (
          <label
            key={value}
            className="flex cursor-pointer gap-3 rounded-md border border-gray-300 p-3 has-[:checked]:border-brand-600 has-[:checked]:bg-brand-50"
          >
            <input
              type="radio"
              name="contact"
              value={value}
              defaultChecked={values.contact === value}
              aria-describedby={`contact-${value}-hint`}
              className="mt-1.5 h-4 w-4 shrink-0 accent-brand-600"
            />
            <span>
              <span className="block font-medium">{t(`contact.${value}`)}</span>
              <span id={`contact-${value}-hint`} className="block text-sm text-gray-700">
                {t(`contact.${value}Hint`)}
              </span>
            </span>
          </label>
        ))}
      </fieldset>

      {!compact && (
      <details open={refinementsOpen} className="rounded-md border border-gray-300 p-3">
        <summary className="cursor-pointer font-medium text-brand-700">{t("more.summary")}</summary>
        <div className="mt-3 space-y-4">
          <ChoiceGroup
            name="region"
            legend={t("more.region")}
            unsetLabel={t("more.regionUnset")}
            options={REGION_VALUES.map((v) => ({ value: v, label: t(`more.${v}`) }))}
            value={values.region}
            error={message("region")}
          />
          <ChoiceGroup
            name="history"
            legend={t("more.history")}
            unsetLabel={t("more.historyUnset")}
            options={HISTORY_VALUES.map((v) => ({ value: v, label: t(`more.${v}`) }))}
            value={values.history}
            error={message("history")}
          />
          {byField.partial && <FieldMessage id="field-partial-error">{message("partial")}</FieldMessage>}
          <label className="flex items-center gap-3">
            <input
              id="field-partial"
              type="checkbox"
              name="partial"
              value="1"
              aria-describedby={byField.partial ? "field-partial-error" : undefined}
              aria-invalid={byField.partial ? true : undefined}
              defaultChecked={values.partial === "1" || values.partial === "on" || values.partial === "true"}
              className="h-4 w-4 accent-brand-600"
            />
            {t("more.partial")}
          </label>
        </div>
      </details>
      )}

      <button
        type="submit"
        className="w-full rounded-md bg-brand-600 px-4 py-3 text-lg font-bold text-white hover:bg-brand-700 sm:w-auto"
      >
        {t("submit")}
      </button>
    </form>
  );
}

function FieldMessage({ id, children }: { id: string; children: React.ReactNode }) {
  return (
    <p id={id} className="font-medium text-red-700">
      {children}
    </p>
  );
}

function ChoiceGroup(props: {
  name: string;
  legend: string;
  unsetLabel: string;
  options: { value: string; label: string }[];
  value?: string;
  error?: string;
}) {
  const { name, legend, unsetLabel, options, value, error } = props;
  const known = options.some((o) => o.value === value);
  return (
    <fieldset aria-describedby={error ? `field-${name}-error` : undefined}>
      <legend id={`field-${name}`} tabIndex={-1} className="mb-1 font-medium">
        {legend}
      </legend>
      {error && <FieldMessage id={`field-${name}-error`}>{error}</FieldMessage>}
      <div className="flex flex-wrap gap-x-4 gap-y-1">
        {[{ value: "", label: unsetLabel }, ...options].map((option) => (
          <label key={option.value || "unset"} className="flex items-center gap-2 py-1">
            <input
              type="radio"
              name={name}
              value={option.value}
              defaultChecked={option.value === "" ? !known : value === option.value}
              className="h-4 w-4 accent-brand-600"
            />
            {option.label}
          </label>
        ))}
      </div>
    </fieldset>
  );
}
