// @ts-check
const fs = require("node:fs");
const path = require("node:path");
const { securityHeaders, staticAssetHeaders } = require("./lib/http/security-headers.cjs");

const dev = process.env.NODE_ENV === "development";

/**
 * The hashes of the stylesheets that pages inline (scripts/build-assets.mjs runs first and writes it). These
 * header rules win over a route handler's own headers, so the hash must be named here, at build time:
 * it is a property of the build, unlike the origin.
 * @returns {string[]}
 */
function inlineStyleHashes() {
  try {
    const manifest = JSON.parse(fs.readFileSync(path.join(__dirname, "public", "assets", "manifest.json"), "utf8"));
    return Object.values(manifest.css).map((sheet) => /** @type {{ sha256: string }} */ (sheet).sha256);
  } catch {
    return [];
  }
}

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // A self-contained server (.next/standalone/server.js) for deploys; `next start` serves the same build (see README).
  output: "standalone",
  // Request URLs carry answers, and the no-JS letter is a POST body: never write requests to logs.
  logging: { incomingRequests: false },
  reactStrictMode: true,
  async headers() {
    const immutable = { key: "Cache-Control", value: "public, max-age=31536000, immutable" };
    const styleHashes = inlineStyleHashes();
    return [
      // Everything may not be framed, except the embed widgets below (a later rule wins for its keys).
      // Route-handler pages set the same list themselves (for `next dev` and anything served outside these rules).
      { source: "/:path*", headers: securityHeaders({ dev, styleHashes }) },
      { source: "/:locale/embed/:path*", headers: securityHeaders({ dev, styleHashes, frameable: true }) },
      // Static files: other sites' embeds and forum posts load them, so they are readable cross-origin.
      // CSS and islands have content-hashed names (scripts/build-assets.mjs): cached for a year.
      // Islands are module scripts: inside a sandboxed embed (opaque origin) they load in CORS mode.
      { source: "/assets/:path*", headers: [...staticAssetHeaders(), immutable, { key: "Access-Control-Allow-Origin", value: "*" }] },
      // The one unhashed file there: the renderer's list of the current names.
      { source: "/assets/manifest.json", headers: [{ key: "Cache-Control", value: "no-cache" }] },
      { source: "/_next/static/:path*", headers: staticAssetHeaders() },
      // Share cards: images that forum posts and chat previews load from other sites (the route sets their cache).
      { source: "/:locale/card/:path*", headers: staticAssetHeaders() },
      { source: "/:file(favicon.ico|icon.svg|apple-touch-icon.png)", headers: [...staticAssetHeaders(), { key: "Cache-Control", value: "public, max-age=86400" }] },
    ];
  },
};

module.exports = nextConfig;
