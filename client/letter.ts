// Island: writes the negotiation letter in the browser, so what the borrower types is never sent. The server
// renders the form, the error slots and the (hidden) result; this script only fills them. Its words come
// from the form's data-words (components/guide/letter-form.tsx): the letter in both scripts and the errors.
// Without JavaScript the same form posts to the page and the server writes the letter with the same function.
import { composeLetter, LETTER_FIELDS, letterInputFrom, type LetterErrorCode, type LetterField } from "@/lib/guide/letter";
import type { LetterIslandWords } from "@/components/guide/letter-form";
import { formatPageMessage, kitsFrom } from "./lib/letter-kits";

const form = document.querySelector<HTMLFormElement>("form[data-letter-form]");
const byId = (id: string) => document.getElementById(id);
const parts = {
  summary: byId("letter-errors"),
  output: byId("letter-output"),
  heading: byId("letter-result"),
  months: byId("letter-months"),
  text: byId("letter-text"),
  print: byId("letter-print"),
  noJs: byId("letter-no-js"),
  made: byId("letter-made"),
};

if (form && Object.values(parts).every(Boolean) && parts.text instanceof HTMLTextAreaElement) {
  const words = JSON.parse(form.dataset.words ?? "{}") as LetterIslandWords;
  const { summary, output, heading, months, text, print, noJs, made } = parts as Record<keyof typeof parts, HTMLElement> & { text: HTMLTextAreaElement };
  const list = summary.querySelector("ul");
  const kits = kitsFrom(words.letters);
  // Fields with an error slot (the script radios and the card checkbox cannot be wrong).
  const fields = LETTER_FIELDS.filter((f): f is Exclude<LetterField, "script" | "card"> => f !== "script" && f !== "card");

  form.addEventListener("submit", (event) => {
    event.preventDefault(); // keep the inputs in the browser: no request is made
    const data = new FormData(form);
    const result = composeLetter(letterInputFrom((name) => data.get(name)), kits);
    const errors: Partial<Record<LetterField, LetterErrorCode>> = result.ok ? {} : result.errors;

    for (const field of fields) {
      const input = byId(field);
      const slot = byId(`${field}-error`);
      if (!input || !slot) continue;
      const code = errors[field];
      slot.textContent = code ? words.errors[code] : "";
      slot.hidden = !code;
      if (code) input.setAttribute("aria-invalid", "true");
      else input.removeAttribute("aria-invalid");
      const describedBy = [byId(`${field}-hint`) ? `${field}-hint` : "", code ? slot.id : ""].filter(Boolean).join(" ");
      if (describedBy) input.setAttribute("aria-describedby", describedBy);
      else input.removeAttribute("aria-describedby");
    }
    list?.replaceChildren(
      ...(Object.entries(errors) as [LetterField, LetterErrorCode][]).map(([field, code]) => {
        const link = Object.assign(document.createElement("a"), { href: `#${field}`, className: "text-red-900 underline", textContent: words.errors[code] });
        const item = document.createElement("li");
        item.append(link);
        return item;
      }),
    );
    summary.hidden = result.ok;
    output.hidden = !result.ok;
    if (!result.ok) {
      summary.focus();
      return;
    }

    text.value = result.text;
    text.lang = result.script;
    print.textContent = result.text;
    print.lang = result.script;
    const long = result.warnings.includes("over_five_years") && result.months !== null;
    months.textContent = long ? formatPageMessage(words.locale, words.overFiveYears, { months: result.months ?? 0 }) : "";
    months.hidden = !long;
    made.textContent = words.madeInBrowser;
    noJs.hidden = true; // the copy, print and download buttons are there
    heading.focus();
  });
  // The browser path is live: tests wait for this mark.
  form.dataset.hydrated = "";
}
