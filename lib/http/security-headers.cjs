// Security headers for every response (framing is governed by CSP frame-ancestors alone, so the
// embed routes can override it without a conflicting X-Frame-Options). Plain CommonJS so next.config.js and proxy.ts share one list.
// 'unsafe-inline' for scripts is needed by the App Router's inline flight data on statically rendered
// pages (a nonce would force every page to render per request); 'unsafe-eval' is never allowed in production.

/** @param {{ frameable?: boolean, dev?: boolean }} [options] */
function contentSecurityPolicy(options = {}) {
  const { frameable = false, dev = false } = options;
  return [
    "default-src 'self'",
    `script-src 'self' 'unsafe-inline'${dev ? " 'unsafe-eval'" : ""}`,
    "style-src 'self' 'unsafe-inline'",
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

/** @param {{ frameable?: boolean, dev?: boolean }} [options] @returns {{ key: string, value: string }[]} */
function securityHeaders(options = {}) {
  return [
    { key: "Content-Security-Policy", value: contentSecurityPolicy(options) },
    { key: "X-Content-Type-Options", value: "nosniff" },
    { key: "Referrer-Policy", value: "no-referrer" },
    {
      key: "Permissions-Policy",
      value: "camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=(), interest-cohort=()",
    },
  ];
}

module.exports = { contentSecurityPolicy, securityHeaders };
