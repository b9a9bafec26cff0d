// @ts-check
const createNextIntlPlugin = require("next-intl/plugin");
const { securityHeaders } = require("./lib/http/security-headers.cjs");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");
const dev = process.env.NODE_ENV === "development";

/** @type {import("next").NextConfig} */
const nextConfig = {
  poweredByHeader: false,
  // Letter and complaint inputs pass through server functions: never write them (or request URLs) to logs.
  logging: { serverFunctions: false, incomingRequests: false },
  reactStrictMode: true,
  async headers() {
    return [
      // Everything may not be framed, except the embed widgets below (the later rule wins for its keys).
      { source: "/:path*", headers: securityHeaders({ dev }) },
      { source: "/:locale/embed/:path*", headers: securityHeaders({ dev, frameable: true }) },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
