// Island for the embed widget (/[locale]/embed/…), speaking WordPress's embed protocol (wp-embed.js):
// - the parent gave the frame a secret in its URL (#?secret=abc123XYZ0); every message carries it;
// - {message: "height", value, secret} as soon as the page runs and after every change, so WordPress
//   shows the frame (it keeps it hidden behind the blockquote until a message arrives) at the right size;
// - {message: "link", value, secret} for full-site links: the sandbox (no allow-top-navigation) blocks
//   target="_top", so the parent opens them;
// - forms cannot submit in the sandbox (no allow-forms): the island reads the form and navigates the frame
//   itself, keeping #?secret= so the next page can talk to the parent too.
// Outside a frame nothing is intercepted: plain GET forms and plain links.
const secret = /[#?&]secret=([A-Za-z0-9]+)/.exec(location.hash)?.[1];
const framed = window.parent !== window;
const keep = secret ? `#?secret=${secret}` : "";

function post(message: "height" | "link", value: number | string) {
  if (framed && secret) window.parent.postMessage({ message, value, secret }, "*");
}

function sendHeight() {
  post("height", Math.ceil(document.body.getBoundingClientRect().height));
}

/** Goes where the GET form would, in this frame, keeping the secret. */
function submitInFrame(form: HTMLFormElement) {
  const query = new URLSearchParams();
  for (const [key, value] of new FormData(form)) if (typeof value === "string") query.append(key, value);
  // A plain browser island, not a Next.js page: the framework router does not exist here.
  // eslint-disable-next-line @next/next/no-location-assign-relative-destination
  location.assign(`${form.action}?${query.toString()}${keep}`);
}

const getForm = (element: Element | null) => {
  const form = element?.closest("form");
  return form instanceof HTMLFormElement && form.method.toLowerCase() === "get" ? form : null;
};

if (framed) {
  // Chromium refuses a sandboxed form before its submit event fires, so the island acts on what starts a
  // submission: the submit button, and Enter in a field (implicit submission); "submit" covers the rest.
  document.addEventListener("submit", (event) => {
    const form = getForm(event.target as Element);
    if (!form) return;
    event.preventDefault();
    submitInFrame(form);
  });
  document.addEventListener("click", (event) => {
    const button = (event.target as Element).closest("button[type=submit], input[type=submit]");
    const form = getForm(button);
    if (!button || !form) return;
    event.preventDefault();
    submitInFrame(form);
  });
  document.addEventListener("keydown", (event) => {
    const field = event.target as Element;
    const form = getForm(field);
    if (event.key !== "Enter" || !form || !(field instanceof HTMLInputElement)) return;
    event.preventDefault();
    submitInFrame(form);
  });

  document.addEventListener("click", (event) => {
    const link = (event.target as Element).closest<HTMLAnchorElement>("a[href]");
    if (!link || !secret || event.defaultPrevented) return;
    event.preventDefault();
    if (link.hasAttribute("data-full-site")) post("link", link.href);
    else location.assign(link.href.replace(/#.*$/, "") + keep);
  });

  for (const type of ["input", "change", "toggle"]) document.addEventListener(type, sendHeight, true);
  new ResizeObserver(sendHeight).observe(document.body);
  window.addEventListener("resize", sendHeight);
  window.addEventListener("load", sendHeight);
  sendHeight();
}
