// Keeps the "someone is at my door" pages (both scripts) for offline use once one was visited.
// Registered only by those pages (client/door-offline.ts), with their own paths as scopes.
// Network first, so an online visitor always gets the current text; the cache answers when offline.
// If the pages link a stylesheet (instead of inlining the CSS), that file is cached with them.
const CACHE = "door-v1";
const PAGES = ["/zh-Hans/guide/door", "/zh-Hant/guide/door"];
const STYLESHEET = /<link[^>]+rel="stylesheet"[^>]+href="(\/assets\/[^"]+\.css)"/g;

async function cachePage(cache, page, fetched) {
  const response = fetched ?? (await fetch(page));
  if (!response.ok) throw new Error(`${page}: ${response.status}`);
  const html = await response.clone().text();
  await cache.put(page, response);
  const sheets = [...html.matchAll(STYLESHEET)].map((m) => m[1]);
  await Promise.all(sheets.map((sheet) => cache.add(sheet)));
}

self.addEventListener("install", (event) => {
  event.waitUntil(
    caches
      .open(CACHE)
      .then((cache) => Promise.all(PAGES.map((page) => cachePage(cache, page))))
      .then(() => self.skipWaiting()),
  );
});

self.addEventListener("activate", (event) => {
  event.waitUntil(
    caches
      .keys()
      .then((keys) => Promise.all(keys.filter((key) => key.startsWith("door-") && key !== CACHE).map((key) => caches.delete(key))))
      .then(() => self.clients.claim()),
  );
});

self.addEventListener("fetch", (event) => {
  const url = new URL(event.request.url);
  if (event.request.method !== "GET" || url.origin !== self.location.origin) return;
  if (PAGES.includes(url.pathname)) {
    event.respondWith(
      fetch(event.request)
        .then((response) => {
          if (response.ok) {
            const copy = response.clone();
            event.waitUntil(caches.open(CACHE).then((cache) => cachePage(cache, url.pathname, copy)).catch(() => {}));
          }
          return response;
        })
        .catch(() => caches.match(url.pathname).then((cached) => cached || Response.error())),
    );
  } else if (url.pathname.startsWith("/assets/") && url.pathname.endsWith(".css")) {
    // Hashed names never change content: the cached copy is always right.
    event.respondWith(caches.match(url.pathname).then((cached) => cached || fetch(event.request)));
  }
});
