// A local copy of the deploy: N standalone app instances behind Debian's nginx (deploy/nginx.conf.template)
// with a self-signed certificate made for this run, everything on 127.0.0.1 in one temporary directory.
// Used by `npm run test:scale` and `npm run bench`. close() stops every process it started (by PID) and
// removes the directory; call it in `finally`.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { renderNginxConfig } from "../../deploy/render-nginx.mjs";
import { freePort } from "../free-port.mjs";
import { startStandalone } from "../standalone.mjs";
import { request } from "./http.mjs";

export const NGINX = process.env.NGINX_PATH ?? "/usr/sbin/nginx";

/** Waits until `probe` resolves true, or the time is up. */
async function waitFor(probe, timeoutMs) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    try {
      if (await probe()) return true;
    } catch {
      // not up yet
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  return false;
}

/** SIGTERM, then SIGKILL after `graceMs`; resolves when the process has exited. */
export async function stopProcess(child, signal = "SIGTERM", graceMs = 5000) {
  if (!child || child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = new Promise((resolve) => child.once("exit", resolve));
  child.kill(signal);
  const timer = setTimeout(() => child.kill("SIGKILL"), graceMs);
  await exited;
  clearTimeout(timer);
}

function makeCertificate(dir) {
  const cert = path.join(dir, "cert.pem");
  const key = path.join(dir, "key.pem");
  const result = spawnSync(
    "openssl",
    ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1", "-subj", "/CN=localhost", "-addext", "subjectAltName=DNS:localhost,IP:127.0.0.1", "-keyout", key, "-out", cert],
    { stdio: ["ignore", "ignore", "pipe"] },
  );
  if (result.status !== 0) throw new Error(`openssl failed: ${result.stderr}`);
  return { cert, key, ca: fs.readFileSync(cert) };
}

/**
 * @param {{ instances?: number, extraLocations?: (prefix: string) => string, env?: Record<string, string> }} [options]
 */
export async function startCluster(options = {}) {
  const { instances: count = 2, extraLocations = () => "", env = {} } = options;
  if (!fs.existsSync(NGINX)) throw new Error(`nginx not found at ${NGINX} (apt-get install nginx, or set NGINX_PATH)`);
  const prefix = fs.mkdtempSync(path.join(os.tmpdir(), "advisor-scale-"));
  const children = [];
  const cluster = {
    prefix,
    instances: /** @type {{ port: number, child: import("node:child_process").ChildProcess }[]} */ ([]),
    nginx: /** @type {import("node:child_process").ChildProcess | null} */ (null),
    async close() {
      await Promise.all(children.map((child) => stopProcess(child)));
      fs.rmSync(prefix, { recursive: true, force: true });
    },
  };
  try {
    fs.chmodSync(prefix, 0o755);
    const tls = makeCertificate(prefix);
    const [httpPort, httpsPort] = [await freePort(), await freePort()];
    const httpsBase = `https://127.0.0.1:${httpsPort}`;
    Object.assign(cluster, { httpBase: `http://127.0.0.1:${httpPort}`, httpsBase, ca: tls.ca });

    for (let i = 0; i < count; i += 1) {
      const port = await freePort();
      const child = startStandalone({ port, env: { SITE_URL: httpsBase, ...env }, stdio: ["ignore", "ignore", "inherit"] });
      children.push(child);
      cluster.instances.push({ port, child });
    }
    for (const { port } of cluster.instances) {
      const up = await waitFor(async () => (await request(`http://127.0.0.1:${port}/api/v1/estimate`)).status === 400, 60_000);
      if (!up) throw new Error(`app instance on port ${port} did not start`);
    }

    const config = renderNginxConfig({
      prefix,
      listenAddr: "127.0.0.1",
      httpPort,
      httpsPort,
      serverName: "127.0.0.1 localhost",
      httpsOrigin: httpsBase,
      cert: tls.cert,
      certKey: tls.key,
      // The master runs as this user; as root its workers would switch to an account that cannot read the temp dir.
      user: process.getuid?.() === 0 ? "root" : "",
      accessLog: `${path.join(prefix, "access.log")} privacy`,
      errorLog: path.join(prefix, "error.log"),
      instances: cluster.instances.map(({ port }) => `127.0.0.1:${port}`),
      extraLocations: extraLocations(prefix),
    });
    const conf = path.join(prefix, "nginx.conf");
    fs.writeFileSync(conf, config);
    const check = spawnSync(NGINX, ["-t", "-q", "-p", prefix, "-c", conf, "-e", path.join(prefix, "error.log")], { encoding: "utf8" });
    if (check.status !== 0) throw new Error(`nginx -t failed:\n${check.stderr}`);
    const nginx = spawn(NGINX, ["-p", prefix, "-c", conf, "-e", path.join(prefix, "error.log"), "-g", "daemon off;"], { stdio: ["ignore", "ignore", "inherit"] });
    children.push(nginx);
    cluster.nginx = nginx;
    const up = await waitFor(async () => (await request(`${httpsBase}/api/v1/estimate`, { ca: tls.ca })).status === 400, 15_000);
    if (!up) throw new Error("nginx did not start");
    return cluster;
  } catch (error) {
    await cluster.close();
    throw error;
  }
}
