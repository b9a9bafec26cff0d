// Island: checks the questionnaire's number fields as the user leaves them (and again as they fix them),
// with the same rules the server applies on submit. Words come from the page: each live slot carries
// its own localized messages in data-messages, so this file holds no copy of its own.
import { NUMBER_FIELDS, numberFieldError, type NumberField } from "@/lib/answers/number-fields";

function isField(value: string | undefined): value is NumberField {
  return value !== undefined && Object.keys(NUMBER_FIELDS).includes(value);
}

for (const slot of document.querySelectorAll<HTMLElement>("[data-number-check]")) {
  const field = slot.dataset.numberCheck;
  const input = isField(field) ? document.getElementById(`field-${field}`) : null;
  if (!isField(field) || !(input instanceof HTMLInputElement)) continue;
  const messages = JSON.parse(slot.dataset.messages ?? "{}") as Record<string, string>;
  const hint = `field-${field}-hint`;
  const check = () => {
    const code = input.value.trim() === "" ? null : numberFieldError(field, input.value);
    const message = code ? (messages[code] ?? "") : "";
    slot.textContent = message;
    input.setAttribute("aria-invalid", message ? "true" : "false");
    input.setAttribute("aria-describedby", message ? `${hint} ${slot.id}` : hint);
  };
  input.addEventListener("blur", check);
  // Once a problem is shown, re-check on every keystroke so it clears as soon as it is fixed.
  input.addEventListener("input", () => {
    if (input.getAttribute("aria-invalid") === "true") check();
  });
}
