// Island: checks the pasted message in the browser, so it is never sent. The server renders the form, the
// error slots and the (hidden) answer container; this script reads the form with the same function as the
// server, runs the same matcher, and renders the answer with the same HTML renderer, using the words the
// server put in the form's data-words. Without JavaScript the form posts to the page and the server answers.
import { resultHtml, type MessageCheckWords } from "@/components/message-check/result-html";
import { checkMessage } from "@/lib/message-check/check";
import { readCheckForm } from "@/lib/message-check/input";

const form = document.querySelector<HTMLFormElement>("form[data-message-check]");
const output = document.getElementById("mc-output");

if (form && output) {
  const words = JSON.parse(form.dataset.words ?? "{}") as MessageCheckWords;

  const showError = (field: "text" | "receivedAt", message: string | undefined) => {
    const input = document.getElementById(field);
    const slot = document.getElementById(`${field}-error`);
    if (!input || !slot) return;
    slot.textContent = message ?? "";
    slot.hidden = !message;
    if (message) input.setAttribute("aria-invalid", "true");
    else input.removeAttribute("aria-invalid");
    input.setAttribute("aria-describedby", [`${field}-hint`, message ? slot.id : ""].filter(Boolean).join(" "));
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault(); // the message stays in the browser: no request is made
    const data = new FormData(form);
    const read = readCheckForm((name) => data.get(name));
    const errors = read.ok ? {} : read.errors;
    showError("text", errors.text ? words.errors[errors.text] : undefined);
    showError("receivedAt", errors.receivedAt ? words.errors[errors.receivedAt] : undefined);
    if (!read.ok) {
      output.hidden = true;
      document.getElementById(errors.text ? "text" : "receivedAt")?.focus();
      return;
    }
    const { text, kind, receivedAt } = read.values;
    const findings = checkMessage({ text, kind, receivedAt: receivedAt || undefined });
    output.innerHTML = resultHtml({ text, kind, findings, checkedIn: "browser" }, words);
    output.hidden = false;
    document.getElementById("mc-result-title")?.focus();
  });
  // The browser path is live: tests wait for this mark.
  form.dataset.hydrated = "";
}
