#!/usr/bin/env node
// Writes the nginx config for N app instances from deploy/nginx.conf.template.
//   node deploy/render-nginx.mjs --instances 127.0.0.1:3001,127.0.0.1:3002 --server-name example.org \
//     --cert /etc/ssl/example.org.pem --cert-key /etc/ssl/example.org.key > /etc/nginx/nginx.conf
// Run it again after a rules release: the rules version is part of the cache key.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "..");

/** RULES_VERSION from lib/rules/version.ts (read as text: this script runs without a TypeScript loader). */
export function rulesVersion() {
  const source = fs.readFileSync(path.join(root, "lib", "rules", "version.ts"), "utf8");
  const version = /export const RULES_VERSION = "([^"]+)"/.exec(source)?.[1];
  if (!version) throw new Error("RULES_VERSION not found in lib/rules/version.ts");
  return version;
}

export const DEFAULTS = {
  prefix: "/var/lib/advisor-nginx",
  listenAddr: "0.0.0.0",
  httpPort: 80,
  httpsPort: 443,
  serverName: "localhost",
  httpsOrigin: "",
  cert: "/etc/ssl/advisor/cert.pem",
  certKey: "/etc/ssl/advisor/key.pem",
  cacheDir: "",
  cacheMaxSize: "1g",
  cacheInactive: "1d",
  accessLog: "/var/log/nginx/advisor-access.log privacy",
  errorLog: "/var/log/nginx/advisor-error.log",
  mimeTypes: "/etc/nginx/mime.types",
  user: "www-data",
  instances: ["127.0.0.1:3001", "127.0.0.1:3002"],
  extraLocations: "",
};

/**
 * @param {Partial<typeof DEFAULTS>} options
 * @returns {string} the whole nginx.conf
 */
export function renderNginxConfig(options = {}) {
  const o = { ...DEFAULTS, ...options };
  if (o.instances.length < 1) throw new Error("at least one instance");
  const httpsOrigin = o.httpsOrigin || `https://${o.serverName}${Number(o.httpsPort) === 443 ? "" : `:${o.httpsPort}`}`;
  const values = {
    USER_LINE: o.user ? `user ${o.user};` : "# user: the current one",
    PREFIX: o.prefix,
    ERROR_LOG: o.errorLog,
    MIME_TYPES: o.mimeTypes,
    ACCESS_LOG: o.accessLog,
    CACHE_DIR: o.cacheDir || path.join(o.prefix, "cache"),
    CACHE_MAX_SIZE: o.cacheMaxSize,
    CACHE_INACTIVE: o.cacheInactive,
    UPSTREAM_SERVERS: o.instances.map((i) => `    server ${i} max_fails=1 fail_timeout=10s;`).join("\n"),
    LISTEN_ADDR: o.listenAddr,
    HTTP_PORT: String(o.httpPort),
    HTTPS_PORT: String(o.httpsPort),
    SERVER_NAME: o.serverName,
    HTTPS_ORIGIN: httpsOrigin,
    CERT: o.cert,
    CERT_KEY: o.certKey,
    EXTRA_LOCATIONS: o.extraLocations,
    RULES_VERSION: rulesVersion(),
  };
  const fill = (template) =>
    template.replace(/\{\{([A-Z_]+)\}\}/g, (_, name) => {
      if (name === "CACHE") return cache;
      if (!(name in values)) throw new Error(`unknown placeholder ${name}`);
      return values[name];
    });
  const cacheTemplate = fs.readFileSync(path.join(here, "cache.conf.template"), "utf8");
  const cache = fill(cacheTemplate)
    .split("\n")
    .filter((line) => line.trim() !== "" && !line.trim().startsWith("#"))
    .map((line) => `      ${line}`)
    .join("\n");
  return fill(fs.readFileSync(path.join(here, "nginx.conf.template"), "utf8"));
}

function parseArgs(argv) {
  const options = {};
  for (let i = 0; i < argv.length; i += 2) {
    const flag = argv[i] ?? "";
    const value = argv[i + 1];
    if (!flag.startsWith("--") || value === undefined) throw new Error(`usage: --flag value pairs (got ${flag})`);
    const key = flag.slice(2).replace(/-([a-z])/g, (_, c) => c.toUpperCase());
    if (!(key in DEFAULTS)) throw new Error(`unknown option ${flag}; known: ${Object.keys(DEFAULTS).join(", ")}`);
    options[key] = key === "instances" ? value.split(",").filter(Boolean) : value;
  }
  return options;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.stdout.write(renderNginxConfig(parseArgs(process.argv.slice(2))));
}
