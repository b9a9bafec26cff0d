#!/usr/bin/env node
// `npm start`: builds when there is no production build yet (or it is older than the sources), then serves.
import { spawnSync, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const next = path.join("node_modules", "next", "dist", "bin", "next");

function newestMtime(dir) {
  let newest = 0;
  if (!fs.existsSync(dir)) return newest;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    newest = Math.max(newest, entry.isDirectory() ? newestMtime(full) : fs.statSync(full).mtimeMs);
  }
  return newest;
}

const buildId = path.join(".next", "BUILD_ID");
const built = fs.existsSync(buildId) ? fs.statSync(buildId).mtimeMs : 0;
const sources = Math.max(...["app", "components", "lib", "messages", "public"].map(newestMtime));
if (built < sources) {
  const result = spawnSync(process.execPath, [next, "build"], { stdio: "inherit", env });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const port = process.env.PORT ?? "3000";
if (!process.env.SITE_URL) {
  // Canonical and hreflang links need the public origin; without it they name this machine.
  console.warn(`SITE_URL is not set: canonical links will use http://localhost:${port}. Set SITE_URL to the public origin.`);
  env.SITE_URL = `http://localhost:${port}`;
}
const host = process.env.HOST ?? "0.0.0.0";
const server = spawn(process.execPath, [next, "start", "-p", port, "-H", host], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
