#!/usr/bin/env node
// `npm run test:scale`: the deploy (deploy/nginx.conf.template) on 127.0.0.1, in front of two standalone
// instances of the production build. Checks the redirect and HSTS, cache hits for repeated URLs with the
// app's headers and bytes untouched, logs without query strings or addresses, and that stopping one
// instance under load fails no request. Prints each check; exits 0 when all pass. Everything it starts is
// stopped and its temporary directory removed, also on failure or Ctrl-C.
// TEST_SCALE_JSON=<file> writes { passed, failed } for scripts/test.mjs.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import autocannon from "autocannon";
import { startCluster, stopProcess } from "./scale/cluster.mjs";
import { request } from "./scale/http.mjs";

/** Routes nginx caches: each URL must be a MISS and then a HIT. One line per route family. */
const CACHED = [
  "/zh-Hans/result?lender=haier&days=45&amount=20000&contact=ignoring",
  "/zh-Hant/result?lender=weilidai&days=120&amount=8000&contact=unreachable&region=rural",
  "/zh-Hans/verdict?level=high&phase=in&from=31&to=90",
  "/api/v1/estimate?lender=credit-card&days=200&amount=50000&contact=negotiating",
  "/zh-Hans/embed/result?lender=haier&days=45&amount=20000&contact=ignoring",
  "/zh-Hant/card/high/31-90.png",
  "/oembed?format=json&url={origin}%2Fzh-Hans%2Fverdict%3Flevel%3Dhigh%26phase%3Din%26from%3D31%26to%3D90",
];
/** Routes nginx passes straight to the app (no X-Cache-Status). */
const UNCACHED = ["/zh-Hans/guide/rights", "/zh-Hant", "/zh-Hans/guide/door"];
/** What nginx may add or change on the way: transport, the cache status, HSTS. Everything else is the app's. */
const NGINX_HEADERS = new Set(["date", "connection", "keep-alive", "transfer-encoding", "content-length", "server", "x-cache-status", "strict-transport-security"]);

const results = [];
function check(name, ok, detail = "") {
  results.push({ name, ok });
  console.log(`${ok ? "✓" : "✗"} ${name}${!ok && detail ? `\n    ${detail}` : ""}`);
}

function appHeaders(headers) {
  return Object.fromEntries(Object.entries(headers).filter(([key]) => !NGINX_HEADERS.has(key)).sort(([a], [b]) => a.localeCompare(b)));
}

function headerDiff(nginx, app) {
  const keys = [...new Set([...Object.keys(nginx), ...Object.keys(app)])].filter((k) => nginx[k] !== app[k]);
  return keys.map((k) => `${k}: nginx ${JSON.stringify(nginx[k])} app ${JSON.stringify(app[k])}`).join("; ") || "bodies differ";
}

function ensureBuild() {
  if (fs.existsSync(path.join(".next", "standalone", "server.js")) && fs.existsSync(path.join("public", "assets", "manifest.json"))) return;
  console.log("No standalone build: building first.");
  const result = spawnSync("npm", ["run", "build"], { stdio: "inherit" });
  if (result.status !== 0) throw new Error("build failed");
}

async function checkRedirectAndTls(cluster) {
  const url = "/zh-Hans/result?lender=haier&days=45&amount=20000&contact=ignoring";
  const plain = await request(`${cluster.httpBase}${url}`);
  check("http:// answers 301 to the same URL on https://", plain.status === 301 && plain.headers.location === `${cluster.httpsBase}${url}`, `${plain.status} ${plain.headers.location}`);
  const secure = await request(`${cluster.httpsBase}/zh-Hans`, { ca: cluster.ca });
  check("https:// pages carry HSTS", /max-age=\d{7,}/.test(secure.headers["strict-transport-security"] ?? ""), secure.headers["strict-transport-security"]);
  const forged = await request(`${cluster.httpsBase}/zh-Hans`, { ca: cluster.ca, headers: { Host: "evil.example" } }).catch(() => null);
  check("an unknown Host gets no answer (444), so the cache key's host is always ours", forged === null, `status ${forged?.status}`);
  const long = await request(`${cluster.httpsBase}/zh-Hans/result?lender=haier&x=${"a".repeat(17 * 1024)}`, { ca: cluster.ca });
  check("a 17 KB query string is refused with 414", long.status === 414, `status ${long.status}`);
}

/** The cached URLs for this cluster: oEmbed answers only for URLs of the site's own origin. */
const cachedUrls = (cluster) => CACHED.map((url) => url.replace("{origin}", encodeURIComponent(cluster.httpsBase)));

async function checkCache(cluster) {
  const direct = `http://127.0.0.1:${cluster.instances[1].port}`;
  for (const url of cachedUrls(cluster)) {
    const first = await request(`${cluster.httpsBase}${url}`, { ca: cluster.ca });
    const second = await request(`${cluster.httpsBase}${url}`, { ca: cluster.ca });
    const app = await request(`${direct}${url}`);
    const statuses = `${first.headers["x-cache-status"]} then ${second.headers["x-cache-status"]}`;
    check(`${url.slice(0, 60)}: MISS then HIT`, first.headers["x-cache-status"] === "MISS" && second.headers["x-cache-status"] === "HIT", statuses);
    check(`${url.slice(0, 60)}: the cached answer has the app's bytes and headers`, second.status === 200 && second.body.equals(app.body) && JSON.stringify(appHeaders(second.headers)) === JSON.stringify(appHeaders(app.headers)), headerDiff(appHeaders(second.headers), appHeaders(app.headers)));
    check(`${url.slice(0, 60)}: no cookie`, second.headers["set-cookie"] === undefined && app.headers["set-cookie"] === undefined);
  }
  for (const url of UNCACHED) {
    const answer = await request(`${cluster.httpsBase}${url}`, { ca: cluster.ca });
    check(`${url}: passed to the app uncached`, answer.status === 200 && answer.headers["x-cache-status"] === undefined, `${answer.status} ${answer.headers["x-cache-status"]}`);
  }
}

/** Load through nginx (cached results and uncached pages); one instance is killed 2 s in. */
async function checkFailover(cluster) {
  const paths = [...cachedUrls(cluster), ...UNCACHED, ...Array.from({ length: 20 }, (_, i) => `/zh-Hans/result?lender=rongyi&days=${30 + i}&amount=${5000 + i}&contact=ignoring`)];
  const run = autocannon({
    url: cluster.httpsBase,
    connections: 8,
    duration: 6,
    maxOverallRequests: 20_000,
    timeout: 10,
    requests: paths.map((p) => ({ method: "GET", path: p })),
  });
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const victim = cluster.instances[0];
  await stopProcess(victim.child, "SIGKILL");
  const result = await run;
  const codes = Object.entries(result.statusCodeStats).map(([code, s]) => `${code}×${s.count}`).join(" ");
  check(
    `one of two instances killed under load: ${result.requests.total} requests, status ${codes}, 0 failed`,
    result.errors === 0 && result.timeouts === 0 && result.non2xx === 0 && result.requests.total > 0,
    `errors ${result.errors}, timeouts ${result.timeouts}, non-2xx ${result.non2xx}`,
  );
  const after = await request(`${cluster.httpsBase}/zh-Hans/guide/scams`, { ca: cluster.ca });
  check("after the kill the remaining instance serves uncached pages", after.status === 200, `status ${after.status}`);
}

function checkLogs(cluster) {
  const log = fs.readFileSync(path.join(cluster.prefix, "access.log"), "utf8");
  const lines = log.split("\n").filter(Boolean);
  check(`the access log has lines (${lines.length}) and none holds a query string, an answer or an address`, lines.length > 0 && !/[?]|lender=|days=|127\.0\.0\.1/.test(log), lines.find((l) => /[?]|lender=|127\.0\.0\.1/.test(l)));
  const error = fs.existsSync(path.join(cluster.prefix, "error.log")) ? fs.readFileSync(path.join(cluster.prefix, "error.log"), "utf8") : "";
  check("the error log holds no request line or client address", !/client:|request:|lender=/.test(error), error.slice(0, 300));
}

async function main() {
  ensureBuild();
  let cluster = null;
  const interrupt = async () => {
    await cluster?.close();
    process.exit(130);
  };
  process.once("SIGINT", interrupt);
  process.once("SIGTERM", interrupt);
  try {
    cluster = await startCluster({ instances: 2 });
    console.log(`nginx ${cluster.httpsBase} in front of instances on ports ${cluster.instances.map((i) => i.port).join(", ")}`);
    await checkRedirectAndTls(cluster);
    await checkCache(cluster);
    await checkFailover(cluster);
    checkLogs(cluster);
  } catch (error) {
    check("the scale test ran to the end", false, error instanceof Error ? error.stack : String(error));
  } finally {
    await cluster?.close();
    check("cleanup: every process stopped, temporary directory removed", cluster === null || !fs.existsSync(cluster.prefix));
  }
  const passed = results.filter((r) => r.ok).length;
  const failed = results.length - passed;
  if (process.env.TEST_SCALE_JSON) fs.writeFileSync(process.env.TEST_SCALE_JSON, JSON.stringify({ passed, failed }));
  console.log(`\ntest:scale: ${passed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

main();
