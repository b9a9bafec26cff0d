// Security headers for every response: the one list, shared by next.config.js (static files, API, every
// path) and the page renderer (every page is a route handler). Plain CommonJS so next.config.js can require it.
// Framing is governed by CSP frame-ancestors alone, so the embed routes can allow it without a conflicting
// X-Frame-Options.
//
// Pages rendered by lib/render carry no inline script at all (islands are external module scripts), so
// their CSP is `script-src 'self'`: no 'unsafe-inline', no nonce, and every page stays cacheable.

/**
 * @typedef {{ frameable?: boolean, dev?: boolean, styleHashes?: readonly string[] }} CspOptions
 */

/** @param {CspOptions} [options] */
function contentSecurityPolicy(options = {}) {
  const { frameable = false, dev = false, styleHashes = [] } = options;
  const scripts = ["'self'", ...(dev ? ["'unsafe-eval'"] : [])];
  // Pages inline the site CSS and name its hash (next dev injects its own styles).
  const styles = ["'self'", ...(dev ? ["'unsafe-inline'"] : styleHashes.map((h) => `'sha256-${h}'`))];
  return [
    "default-src 'self'",
    `script-src ${scripts.join(" ")}`,
    `style-src ${styles.join(" ")}`,
    "img-src 'self' data: blob:",
    "font-src 'self'",
    `connect-src 'self'${dev ? " ws:" : ""}`,
    "manifest-src 'self'",
    "worker-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    `frame-ancestors ${frameable ? "*" : "'none'"}`,
  ].join("; ");
}

/**
 * Headers for documents and API answers.
 * @param {CspOptions} [options]
 * @returns {{ key: string, value: string }[]}
 */
function securityHeaders(options = {}) {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(options) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "no-referrer" },
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), interest-cohort=()",
    },
    { key: "Cross-Origin-Opener-Policy", value: "same-origin" },
    // Embed pages are loaded by other sites' pages (also ones that require CORP, under COEP); the rest stay same-origin.
    { key: "Cross-Origin-Resource-Policy", value: options.frameable ? "cross-origin" : "same-origin" },
  ];
}

/**
 * Headers for static files (CSS, islands, icons, images): other sites' embeds and forum posts load them,
 * so they must be readable cross-origin.
 * @returns {{ key: string, value: string }[]}
 */
function staticAssetHeaders() {
  return [
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Cross-Origin-Resource-Policy", value: "cross-origin" },
  ];
}

module.exports = { contentSecurityPolicy, securityHeaders, staticAssetHeaders };
