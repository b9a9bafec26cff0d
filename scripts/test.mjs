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

// Unit and property tests (vitest).
const unitJson = path.join(tmp, "unit.json");
const unitOk = run("unit tests", bin("vitest"), ["run", "--reporter=default", "--reporter=json", `--outputFile.json=${unitJson}`]);
const unit = readJson(unitJson);
if (unit) {
  tally.passed += unit.numPassedTests ?? 0;
  tally.failed += unit.numFailedTests ?? 0;
  tally.skipped += (unit.numPendingTests ?? 0) + (unit.numTodoTests ?? 0);
  if (!unitOk && !unit.numFailedTests) {
    failedSteps.push("unit tests (runner error)");
    tally.failed += 1;
  }
} else {
  tally.failed += 1;
  failedSteps.push("unit tests (no report)");
}

// End-to-end tests against the production build: assets (CSS, islands) first, then Next. The build runs
// without SITE_URL and the server gets it at start, which is how e2e proves the origin is read at run time.
delete env.SITE_URL;
if (step("build", "sh", ["-c", `node scripts/build-assets.mjs && ${bin("next")} build`])) {
  const port = await freePort();
  const e2eJson = path.join(tmp, "e2e.json");
  const e2eOk = run("end-to-end tests", bin("playwright"), ["test"], { E2E_PORT: String(port), PW_JSON_OUTPUT: e2eJson });
  const e2e = readJson(e2eJson);
  if (e2e?.stats) {
    tally.passed += e2e.stats.expected ?? 0;
    tally.failed += (e2e.stats.unexpected ?? 0) + (e2e.stats.flaky ?? 0);
    tally.skipped += e2e.stats.skipped ?? 0;
    if (!e2eOk && !e2e.stats.unexpected) {
      failedSteps.push("end-to-end tests (runner error)");
      tally.failed += 1;
    }
  } else {
    tally.failed += 1;
    failedSteps.push("end-to-end tests (no report)");
  }

  // The deploy: nginx with TLS and its cache in front of two standalone instances (scripts/test-scale.mjs).
  const scaleJson = path.join(tmp, "scale.json");
  const scaleOk = run("scale test", "node", ["scripts/test-scale.mjs"], { TEST_SCALE_JSON: scaleJson });
  const scale = readJson(scaleJson);
  if (scale) {
    tally.passed += scale.passed ?? 0;
    tally.failed += scale.failed ?? 0;
    if (!scaleOk && !scale.failed) {
      failedSteps.push("scale test (runner error)");
      tally.failed += 1;
    }
  } else {
    tally.failed += 1;
    failedSteps.push("scale test (no report)");
  }
}

fs.rmSync(tmp, { recursive: true, force: true });
if (failedSteps.length) console.log(`\nFailed steps: ${failedSteps.join(", ")}`);
console.log("");
console.log(`${tally.passed} passed, ${tally.failed} failed${tally.skipped ? `, ${tally.skipped} skipped` : ""}`);
process.exit(tally.failed ? 1 : 0);
