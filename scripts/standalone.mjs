#!/usr/bin/env node
// Serves the production build the way a deploy does: `.next/standalone/server.js` (output: "standalone").
// `next build` leaves public/ and .next/static/ out of the standalone folder, so they are copied in first
// (again after every build: the copy is stamped with the BUILD_ID it belongs to).
//   node scripts/standalone.mjs            → serves on $HOSTNAME:$PORT (default 127.0.0.1:3000)
//   import { prepareStandalone, standaloneServer } from "./standalone.mjs"
import { spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const standalone = path.join(root, ".next", "standalone");
export const standaloneServer = path.join(standalone, "server.js");

/** Copies public/ and .next/static/ beside server.js unless this build's copy is already there. */
export function prepareStandalone() {
  const buildId = fs.readFileSync(path.join(root, ".next", "BUILD_ID"), "utf8").trim();
  if (!fs.existsSync(standaloneServer)) throw new Error("no .next/standalone/server.js: run `npm run build` (next.config.js sets output: \"standalone\")");
  const stamp = path.join(standalone, ".assets-build-id");
  if (fs.existsSync(stamp) && fs.readFileSync(stamp, "utf8") === buildId) return;
  for (const [from, to] of [
    [path.join(root, "public"), path.join(standalone, "public")],
    [path.join(root, ".next", "static"), path.join(standalone, ".next", "static")],
  ]) {
    fs.rmSync(to, { recursive: true, force: true });
    fs.cpSync(from, to, { recursive: true });
  }
  fs.writeFileSync(stamp, buildId);
}

/**
 * Starts one instance. The server is stateless: any number of them can run side by side on their own ports.
 * @param {{ port: number | string, host?: string, env?: Record<string, string | undefined>, stdio?: import("node:child_process").StdioOptions, nodeArgs?: string[] }} options
 */
export function startStandalone({ port, host = "127.0.0.1", env = {}, stdio = "inherit", nodeArgs = [] }) {
  prepareStandalone();
  return spawn(process.execPath, [...nodeArgs, standaloneServer], {
    stdio,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", ...env, PORT: String(port), HOSTNAME: host },
  });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const server = startStandalone({ port: process.env.PORT ?? "3000", host: process.env.HOSTNAME ?? "127.0.0.1" });
  for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => server.kill(signal));
  server.on("exit", (code) => process.exit(code ?? 0));
}
