interface Props {
  name: "days" | "amount";
  label: string;
  hint: string;
  suffix: string;
  value?: string;
  error?: string;
  maxLength: number;
  /** Localized messages for the as-you-type check (client/number-check.ts), by error code. */
  liveMessages?: Record<string, string>;
}

/**
 * A whole-number field. type="text" with inputMode="numeric" keeps the phone's digit keyboard while
 * accepting what people type ("1,000", "1000元"); the server parses and explains any problem.
 */
export function NumberField({ name, label, hint, suffix, value, error, maxLength, liveMessages }: Props) {
  const id = `field-${name}`;
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      <p id={`${id}-hint`} className="text-sm text-gray-700">
        {hint}
      </p>
      {error && (
        <p id={`${id}-error`} className="font-medium text-red-700">
          {error}
        </p>
      )}
      <div className="flex items-center gap-2">
        <input
          id={id}
          name={name}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          enterKeyHint="next"
          maxLength={maxLength}
          defaultValue={value ?? ""}
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
          aria-invalid={error ? true : undefined}
          className={`block w-40 rounded-md border px-3 py-2.5 text-base ${error ? "border-red-700" : "border-gray-400"}`}
        />
        <span aria-hidden="true">{suffix}</span>
      </div>
      {/* Filled by the as-you-type check; announced politely, empty otherwise. */}
      {!error && liveMessages ? (
        <p
          id={`${id}-live`}
          aria-live="polite"
          data-number-check={name}
          data-messages={JSON.stringify(liveMessages)}
          className="font-medium text-red-700 empty:hidden"
        />
      ) : null}
    </div>
  );
}
