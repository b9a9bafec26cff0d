import http from "node:http";
import { freePort } from "../scripts/free-port.mjs";

export const SECRET = "aB3dE5gH7k";

/**
 * A page on another local port that embeds the widget the way WordPress does (wp-includes/js/wp-embed.js and
 * wp_filter_oembed_result): the oEmbed HTML's blockquote first, the iframe after it with sandbox="allow-scripts",
 * security="restricted", class wp-embedded-content, data-secret and #?secret= in its URL, clipped out of sight
 * until a message with its secret arrives. The listener checks the secret (letters and digits, an iframe with
 * that data-secret), clamps heights to 200–1000 px and resizes, and opens "link" messages whose host is the
 * iframe's host in the top window, only when that iframe has focus. Every message it accepts is kept in
 * window.embedMessages for the test.
 */
function hostPage(embedUrl: string): string {
  return `<!DOCTYPE html><html lang="zh-Hans"><head><meta charset="utf-8"><title>WordPress post</title></head><body>
<h1>A post</h1>
<blockquote class="wp-embedded-content" data-secret="${SECRET}"><a href="${embedUrl}">上门催收评估小工具</a></blockquote>
<iframe sandbox="allow-scripts" security="restricted" style="position: absolute; clip: rect(1px, 1px, 1px, 1px);" src="${embedUrl}#?secret=${SECRET}" data-secret="${SECRET}" width="600" height="338" title="embed" frameborder="0" marginwidth="0" marginheight="0" scrolling="no" class="wp-embedded-content"></iframe>
<script>
window.embedMessages = [];
window.addEventListener("message", function (e) {
  var data = e.data;
  if (!data || !(data.secret || data.message || data.value)) return;
  if (/[^a-zA-Z0-9]/.test(data.secret)) return;
  var iframes = document.querySelectorAll('iframe[data-secret="' + data.secret + '"]');
  var blockquotes = document.querySelectorAll('blockquote[data-secret="' + data.secret + '"]');
  for (var i = 0; i < blockquotes.length; i++) blockquotes[i].style.display = "none";
  for (var j = 0; j < iframes.length; j++) {
    var source = iframes[j];
    if (e.source !== source.contentWindow) continue;
    source.removeAttribute("style");
    if (data.message === "height") {
      var height = parseInt(data.value, 10);
      if (height > 1000) height = 1000; else if (~~height < 200) height = 200;
      source.height = height;
      window.embedMessages.push({ message: "height", value: data.value, secret: data.secret, applied: height });
    }
    if (data.message === "link") {
      var target = new URL(source.getAttribute("src")), url = new URL(data.value);
      if (url.host !== target.host) continue;
      if (document.activeElement !== source) continue;
      window.embedMessages.push({ message: "link", value: data.value, secret: data.secret });
      window.top.location.href = data.value;
    }
  }
}, false);
</script></body></html>`;
}

/** Serves the host page at / on 127.0.0.1 (E2E_HOST_PORT + offset, or a free port); close() when done. */
export async function startWordPressHost(embedUrl: string, offset: number): Promise<{ origin: string; close: () => Promise<void> }> {
  const port = process.env.E2E_HOST_PORT ? Number(process.env.E2E_HOST_PORT) + offset : ((await freePort()) as number);
  const server = http.createServer((request, response) => {
    if (request.url !== "/") {
      // The browser asks the host for /favicon.ico; nothing else is served.
      response.writeHead(request.url === "/favicon.ico" ? 204 : 404).end();
      return;
    }
    response.writeHead(200, { "Content-Type": "text/html; charset=utf-8" }).end(hostPage(embedUrl));
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
