#!/usr/bin/env node
// Runs every check and test, then prints one summary line over unit, end-to-end and scale tests:
// "N passed, N failed[, N skipped]". A failing type check, lint or build counts as one failure each.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "./free-port.mjs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const bin = (name) => path.join("node_modules", ".bin", name);
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "advisor-test-"));
const tally = { passed: 0, failed: 0, skipped: 0 };
const failedSteps = [];

function run(label, command, args, extraEnv = {}) {
  console.log(`\n── ${label}: ${command} ${args.join(" ")}`);
  const result = spawnSync(command, args, { stdio: "inherit", env: { ...env, ...extraEnv } });
  return result.status === 0;
}

function step(label, command, args) {
  if (!run(label, command, args)) {
    tally.failed += 1;
    failedSteps.push(label);
    return false;
  }
  return true;
}

function readJson(file) {
  try {
    return JSON.parse(fs.readFileSync(file, "utf8"));
  } catch {
    return null;
  }
}

// Route types (PageProps, LayoutProps) come from `next typegen`.
step("type check", "sh", ["-c", `${bin("next")} typegen && ${bin("tsc")} --noEmit -p .`]);
step("lint", bin("eslint"), [".", "--max-warnings=0"]);

/**
 * Adds one runner's report to the tally. No report, or a runner that failed while none of its tests did
 * (`runnerFailed`: the failures that make the runner exit non-zero, when they differ from `failed`), counts
 * as one failure more, so a crash never reads as a pass.
 */
function count(name, ok, report) {
  if (!report) {
    tally.failed += 1;
    failedSteps.push(`${name} (no report)`);
    return;
  }
  tally.passed += report.passed;
  tally.failed += report.failed;
  tally.skipped += report.skipped;
  if (!ok && !(report.runnerFailed ?? report.failed)) {
    failedSteps.push(`${name} (runner error)`);
    tally.failed += 1;
  }
}

// Unit and property tests (vitest).
const unitJson = path.join(tmp, "unit.json");
const unitOk = run("unit tests", bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${unitJson}`]);
const unit = readJson(unitJson);
count("unit tests", unitOk, unit && { passed: unit.numPassedTests ?? 0, failed: unit.numFailedTests ?? 0, skipped: (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0) });

// End-to-end tests against the production build: assets (CSS, islands) first, then Next. The build runs
// without SITE_URL and the server gets it at start, which is how e2e proves the origin is read at run time.
delete env.SITE_URL;
if (step("build", "sh", ["-c", `node scripts/build-assets.mjs && ${bin("next")} build`])) {
  const port = await freePort();
  const e2eJson = path.join(tmp, "e2e.json");
  const e2eOk = run("end-to-end tests", bin("playwright"), ["test"], { E2E_PORT: String(port), PW_JSON_OUTPUT: e2eJson });
  const stats = readJson(e2eJson)?.stats;
  count("end-to-end tests", e2eOk, stats && { passed: stats.expected ?? 0, failed: (stats.unexpected ?? 0) + (stats.flaky ?? 0), skipped: stats.skipped ?? 0, runnerFailed: stats.unexpected ?? 0 });

  // The deploy: nginx with TLS and its cache in front of two standalone instances (scripts/test-scale.mjs).
  const scaleJson = path.join(tmp, "scale.json");
  const scaleOk = run("scale test", "node", ["scripts/test-scale.mjs"], { TEST_SCALE_JSON: scaleJson });
  const scale = readJson(scaleJson);
  count("scale test", scaleOk, scale && { passed: scale.passed ?? 0, failed: scale.failed ?? 0, skipped: 0 });
}

fs.rmSync(tmp, { recursive: true, force: true });
if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(", ")}`);
console.log("");
console.log(`${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ""}`);
process.exit(tally.failed ? 1 : 0);
