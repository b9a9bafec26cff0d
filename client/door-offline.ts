// Island: registers the door screen's service worker (public/door-sw.js) for each scope the page lists,
// so both scripts' door pages open offline once one was visited. The page names the worker and scopes
// in data attributes; a browser without service workers simply keeps the online page.
const holder = document.querySelector<HTMLElement>("[data-service-worker]");
if (holder && "serviceWorker" in navigator) {
  const script = holder.dataset.serviceWorker ?? "";
  const scopes = JSON.parse(holder.dataset.scopes ?? "[]") as string[];
  addEventListener("load", () => {
    for (const scope of scopes) navigator.serviceWorker.register(script, { scope }).catch(() => {});
  });
}
