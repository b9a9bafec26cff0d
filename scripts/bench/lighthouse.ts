/**
 * Lighthouse (mobile, performance + accessibility) for the benchmark, without making it a dependency: the
 * binary comes from $LIGHTHOUSE, /tmp/lh (where this machine has 12.8), or `npx --no-install lighthouse`.
 * A run whose CPU benchmark is below MIN_BENCHMARK measured a busy machine, not the page: it is discarded
 * and retried up to twice.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const MIN_BENCHMARK = 1500;
const CHROME = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export interface LighthouseRun {
  name: string;
  path: string;
  /** 0–100, or null when every try was discarded. */
  performance: number | null;
  accessibility: number | null;
  benchmarks: number[];
}

function findLighthouse(): string[] | null {
  const candidates = [process.env.LIGHTHOUSE, "/tmp/lh/node_modules/.bin/lighthouse"].filter((c): c is string => Boolean(c));
  for (const c of candidates) if (fs.existsSync(c)) return [c];
  const npx = spawnSync("npx", ["--no-install", "lighthouse", "--version"], { encoding: "utf8" });
  return npx.status === 0 ? ["npx", "--no-install", "lighthouse"] : null;
}

function once(command: string[], url: string): { performance: number; accessibility: number; benchmark: number } | null {
  const out = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "lh-")), "report.json");
  const [bin, ...pre] = command as [string, ...string[]];
  const result = spawnSync(
    bin,
    [...pre, url, "--quiet", "--output=json", `--output-path=${out}`, "--only-categories=performance,accessibility", "--form-factor=mobile", `--chrome-path=${CHROME}`, "--chrome-flags=--headless=new --no-sandbox --disable-gpu"],
    { encoding: "utf8", timeout: 180_000 },
  );
  try {
    if (result.status !== 0) return null;
    const report = JSON.parse(fs.readFileSync(out, "utf8")) as {
      categories: { performance: { score: number }; accessibility: { score: number } };
      environment: { benchmarkIndex: number };
    };
    return {
      performance: Math.round(report.categories.performance.score * 100),
      accessibility: Math.round(report.categories.accessibility.score * 100),
      benchmark: Math.round(report.environment.benchmarkIndex),
    };
  } catch {
    return null;
  } finally {
    fs.rmSync(path.dirname(out), { recursive: true, force: true });
  }
}

/** One result per page, or null when no lighthouse is installed. */
export async function lighthouseRuns(base: string, pages: readonly { name: string; path: string }[]): Promise<LighthouseRun[] | null> {
  const command = findLighthouse();
  if (command === null) return null;
  return pages.map(({ name, path: p }) => {
    const benchmarks: number[] = [];
    for (let attempt = 0; attempt < 3; attempt += 1) {
      const run = once(command, `${base}${p}`);
      if (run === null) continue;
      benchmarks.push(run.benchmark);
      if (run.benchmark >= MIN_BENCHMARK) return { name, path: p, performance: run.performance, accessibility: run.accessibility, benchmarks };
    }
    return { name, path: p, performance: null, accessibility: null, benchmarks };
  });
}
