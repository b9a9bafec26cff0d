#!/usr/bin/env -S npx tsx
/**
 * Benchmark: `npx tsx scripts/bench.ts`.
 * 1. estimate() throughput in-process over varied inputs, against parseAnswers alone as a baseline.
 * 2. GET /api/v1/estimate and the server-rendered result page on the built server with autocannon
 *    (each bounded: 10 s, 10 connections, at most 20,000 requests), then the gzipped weight of a few
 *    pages and the server's resident memory. BENCH_URL=http://127.0.0.1:PORT targets a running server;
 *    otherwise the script starts `next start` on a free port only if a build exists, and stops it by PID.
 * Only 127.0.0.1 / localhost is ever targeted.
 */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import zlib from "node:zlib";
import autocannon from "autocannon";
import { type Answers, CONTACT_VALUES, HISTORY_VALUES, LENDER_IDS, parseAnswers, REGION_VALUES, serializeAnswers } from "../lib/answers";
import { estimate } from "../lib/rules";
import { freePort } from "./free-port.mjs";

const CALLS = 200_000;
const LOCAL_HOSTS = new Set(["127.0.0.1", "localhost", "[::1]"]);

/** Deterministic pseudo-random inputs (mulberry32), so runs compare. */
function variedAnswers(count: number): Answers[] {
  let seed = 0x5eed;
  const rand = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)] as T;
  return Array.from({ length: count }, () => {
    const a: Answers = {
      lender: pick(LENDER_IDS),
      days: Math.floor(rand() * 400),
      amount: 1 + Math.floor(rand() ** 3 * 1_000_000),
      contact: pick(CONTACT_VALUES),
    };
    if (rand() < 0.5) a.region = pick(REGION_VALUES);
    if (rand() < 0.5) a.history = pick(HISTORY_VALUES);
    if (rand() < 0.3) a.partial = true;
    return a;
  });
}

function timed(label: string, calls: number, run: () => number): number {
  const start = process.hrtime.bigint();
  const sink = run();
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  const perSecond = calls / seconds;
  console.log(`  ${label.padEnd(28)} ${Math.round(perSecond).toLocaleString("en-US").padStart(12)} calls/s  (${(seconds * 1000).toFixed(0)} ms, sink ${sink})`);
  return perSecond;
}

function benchInProcess(): void {
  console.log(`In-process, ${CALLS.toLocaleString("en-US")} varied inputs:`);
  const answers = variedAnswers(CALLS);
  const queries = answers.map((a) => new URLSearchParams(serializeAnswers(a)));
  // Warm up the JIT on a slice before measuring.
  for (const a of answers.slice(0, 20_000)) estimate(a);
  for (const q of queries.slice(0, 20_000)) parseAnswers(q);

  const parse = timed("parseAnswers (baseline)", CALLS, () => queries.reduce((n, q) => n + (parseAnswers(q).ok ? 1 : 0), 0));
  const est = timed("estimate", CALLS, () => answers.reduce((n, a) => n + estimate(a).likelihood.score, 0));
  const both = timed("parseAnswers + estimate", CALLS, () =>
    queries.reduce((n, q) => {
      const r = parseAnswers(q);
      return n + (r.ok ? estimate(r.answers).likelihood.score : 0);
    }, 0),
  );
  console.log(`  estimate is ${(est / parse).toFixed(1)}× the speed of parsing alone; parse + estimate ${Math.round(both).toLocaleString("en-US")} calls/s`);
}

function assertLocal(url: URL): void {
  if (!LOCAL_HOSTS.has(url.hostname)) throw new Error(`BENCH_URL must point at 127.0.0.1 or localhost, not ${url.hostname}`);
}

async function waitUntilUp(base: URL, server: ChildProcess, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline && server.exitCode === null) {
    try {
      await fetch(new URL("/api/v1/estimate", base), { signal: AbortSignal.timeout(2000) });
      return true;
    } catch {
      await new Promise((r) => setTimeout(r, 250));
    }
  }
  return false;
}

async function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null || server.pid === undefined) return;
  const exited = new Promise<void>((resolve) => server.once("exit", () => resolve()));
  process.kill(server.pid, "SIGTERM");
  const killTimer = setTimeout(() => {
    if (server.exitCode === null && server.pid !== undefined) process.kill(server.pid, "SIGKILL");
  }, 5000);
  await exited;
  clearTimeout(killTimer);
}

/** A bounded autocannon run (10 s, 10 connections, at most 20,000 requests) over the given paths. */
async function loadTest(base: URL, label: string, paths: readonly string[]): Promise<void> {
  console.log(`\nHTTP, ${label} (10 s, 10 connections, at most 20,000 requests):`);
  const result = await autocannon({
    url: base.origin,
    connections: 10,
    duration: 10,
    maxOverallRequests: 20_000,
    timeout: 10,
    requests: paths.map((p) => ({ method: "GET", path: p })),
  });
  const codes = Object.entries(result.statusCodeStats)
    .map(([code, s]) => `${code}×${s.count}`)
    .join(" ");
  console.log(`  ${result.requests.total.toLocaleString("en-US")} requests in ${result.duration.toFixed(1)} s, status ${codes}, errors ${result.errors}, timeouts ${result.timeouts}`);
  console.log(`  ${Math.round(result.requests.average).toLocaleString("en-US")} req/s average; latency p50 ${result.latency.p50} ms, p99 ${result.latency.p99} ms, max ${result.latency.max} ms`);
  const serverErrors = Object.keys(result.statusCodeStats).filter((c) => c.startsWith("5"));
  if (serverErrors.length > 0) process.exitCode = 1;
}

async function benchHttp(base: URL): Promise<void> {
  const sample = variedAnswers(50);
  const api = sample.map((a) => `/api/v1/estimate?${serializeAnswers(a)}`);
  api.push("/api/v1/estimate?lender=haier&days=abc&amount=0"); // the 400 path too
  const probe = await fetch(new URL(api[0] ?? "/", base));
  if (probe.status === 404) {
    console.log("  The build has no /api/v1/estimate yet (404): rebuild (npm run build) and run again.");
    return;
  }
  await loadTest(base, "GET /api/v1/estimate", api);
  await loadTest(base, "GET /zh-Hans/result (server-rendered page)", sample.map((a) => `/zh-Hans/result?${serializeAnswers(a)}`));
  await pageWeights(base, [
    "/zh-Hans",
    `/zh-Hans/result?${serializeAnswers(sample[0] as Answers)}`,
    "/zh-Hant/guide/rights",
    "/zh-Hans/guide/door",
  ]);
}

/** What a phone downloads for a page: the HTML and its scripts and styles, gzipped as a server would send them. */
async function pageWeights(base: URL, paths: readonly string[]): Promise<void> {
  console.log("\nPage weight, gzipped (HTML + scripts + styles a first visit fetches):");
  const gz = (bytes: Uint8Array) => zlib.gzipSync(bytes, { level: 6 }).length;
  for (const p of paths) {
    const html = new Uint8Array(await (await fetch(new URL(p, base))).arrayBuffer());
    const text = new TextDecoder().decode(html);
    const assets = [...text.matchAll(/<(?:script[^>]*\ssrc|link[^>]*rel="stylesheet"[^>]*\shref)="([^"]+)"/g)].map((m) => m[1] as string);
    let js = 0;
    let css = 0;
    for (const asset of new Set(assets)) {
      const size = gz(new Uint8Array(await (await fetch(new URL(asset, base))).arrayBuffer()));
      if (asset.endsWith(".css")) css += size;
      else js += size;
    }
    const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;
    console.log(`  ${p.split("?")[0]?.padEnd(24)} HTML ${kb(gz(html)).padStart(8)}  JS ${kb(js).padStart(8)}  CSS ${kb(css).padStart(7)}  total ${kb(gz(html) + js + css)}`);
  }
}

/** Resident memory of the server process, from /proc (Linux). */
function residentMemory(pid: number | undefined): string {
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return `${(kb / 1024).toFixed(0)} MB`;
  } catch {
    return "unknown";
  }
}

async function main(): Promise<void> {
  // Refuse a non-local target before doing any work.
  const given = process.env.BENCH_URL ? new URL(process.env.BENCH_URL) : null;
  if (given) assertLocal(given);
  benchInProcess();
  if (given) {
    await benchHttp(given);
    return;
  }
  if (!fs.existsSync(path.join(".next", "BUILD_ID"))) {
    console.log("  Skipped: no production build (.next/BUILD_ID). Build first, or set BENCH_URL=http://127.0.0.1:PORT.");
    return;
  }
  const port = await freePort();
  const base = new URL(`http://127.0.0.1:${port}`);
  const next = path.join("node_modules", "next", "dist", "bin", "next");
  const server = spawn(process.execPath, [next, "start", "-p", String(port), "-H", "127.0.0.1"], {
    stdio: ["ignore", "ignore", "inherit"],
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" },
  });
  try {
    if (!(await waitUntilUp(base, server, 60_000))) {
      console.log("  Skipped: the server did not start within 60 s.");
      return;
    }
    console.log(`\nServer memory after start: ${residentMemory(server.pid)}`);
    await benchHttp(base);
    console.log(`\nServer memory after the load tests: ${residentMemory(server.pid)}`);
  } finally {
    await stop(server);
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
