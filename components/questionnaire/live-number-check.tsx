"use client";

import { useEffect } from "react";
import type { ErrorCode } from "@/lib/answers/options";
import { numberFieldError, type NumberField } from "@/lib/answers/number-fields";

interface Props {
  field: NumberField;
  /** Localized message per error code, already filled with the field's limits. */
  messages: Partial<Record<ErrorCode, string>>;
}

/**
 * Progressive enhancement for a number field: checks it when the user leaves it (and again as they
 * fix it) with the same rules and words the server uses. Without JavaScript the server does this on submit.
 */
export function LiveNumberCheck({ field, messages }: Props) {
  useEffect(() => {
    const input = document.getElementById(`field-${field}`) as HTMLInputElement | null;
    const slot = document.getElementById(`field-${field}-live`);
    if (!input || !slot) return;
    const hint = `field-${field}-hint`;
    const check = () => {
      const code = input.value.trim() === "" ? null : numberFieldError(field, input.value);
      const message = code ? (messages[code] ?? "") : "";
      slot.textContent = message;
      input.setAttribute("aria-invalid", message ? "true" : "false");
      input.setAttribute("aria-describedby", message ? `${hint} field-${field}-live` : hint);
    };
    const onInput = () => {
      if (input.getAttribute("aria-invalid") === "true") check();
    };
    input.addEventListener("blur", check);
    input.addEventListener("input", onInput);
    return () => {
      input.removeEventListener("blur", check);
      input.removeEventListener("input", onInput);
    };
  }, [field, messages]);
  return null;
}
