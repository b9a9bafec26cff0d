#!/usr/bin/env node
// `npm start`: builds when there is no production build yet or any input of the build is newer than it
// (sources, island sources, messages, public files, config files, the proxy, the lockfile), then serves
// .next/standalone/server.js, as a deploy does (scripts/standalone.mjs).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { startStandalone } from "./standalone.mjs";

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
const next = path.join("node_modules", "next", "dist", "bin", "next");

// Build outputs inside input folders: never a reason to rebuild.
const OUTPUTS = new Set([path.join("public", "assets")]);
const INPUT_DIRS = ["app", "components", "lib", "client", "messages", "public"];
const INPUT_FILES = [
  "package.json",
  "package-lock.json",
  "next.config.js",
  "proxy.ts",
  "tsconfig.json",
  "postcss.config.mjs",
  "global.d.ts",
  path.join("scripts", "build-assets.mjs"),
];

function newestMtime(target) {
  if (OUTPUTS.has(target) || !fs.existsSync(target)) return 0;
  const stat = fs.statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of fs.readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

const buildId = path.join(".next", "BUILD_ID");
const manifest = path.join("public", "assets", "manifest.json");
const standaloneServer = path.join(".next", "standalone", "server.js");
const complete = [buildId, manifest, standaloneServer].every((file) => fs.existsSync(file));
const built = complete ? fs.statSync(buildId).mtimeMs : 0;
const inputs = Math.max(...[...INPUT_DIRS, ...INPUT_FILES].map(newestMtime));
if (built < inputs) {
  for (const args of [[path.join("scripts", "build-assets.mjs")], [next, "build"]]) {
    const result = spawnSync(process.execPath, args, { stdio: "inherit", env });
    if (result.status !== 0) process.exit(result.status ?? 1);
  }
}

const port = process.env.PORT ?? "3000";
if (!process.env.SITE_URL) {
  // Canonical and hreflang links need the public origin; without it they name this machine.
  console.warn(
    `SITE_URL is not set: absolute links (canonical, hreflang, share links, sitemap) will say http://localhost:${port}.\n` +
      "Set SITE_URL to the public origin, e.g. SITE_URL=https://example.org npm start (read at start, no rebuild needed).",
  );
  env.SITE_URL = `http://localhost:${port}`;
}
const host = process.env.HOST ?? "0.0.0.0";
// The standalone server (output: "standalone"), as a deploy runs it; `next start` warns it is not meant for that build.
const server = startStandalone({ port, host, env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
server.on("exit", (code) => process.exit(code ?? 0));
