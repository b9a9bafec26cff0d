// One GET (or other method) over http or https with the run's own CA, without keep-alive: status, headers, body.
import http from "node:http";
import https from "node:https";

/**
 * @param {string} url
 * @param {{ method?: string, headers?: Record<string, string>, ca?: Buffer, timeoutMs?: number }} [options]
 * @returns {Promise<{ status: number, headers: import("node:http").IncomingHttpHeaders, body: Buffer }>}
 */
export function request(url, options = {}) {
  const { method = "GET", headers = {}, ca, timeoutMs = 10_000 } = options;
  const target = new URL(url);
  const client = target.protocol === "https:" ? https : http;
  return new Promise((resolve, reject) => {
    const req = client.request(target, { method, headers, ca, agent: false, timeout: timeoutMs }, (res) => {
      const chunks = [];
      res.on("data", (chunk) => chunks.push(chunk));
      res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on("error", reject);
    });
    req.on("timeout", () => req.destroy(new Error("timeout")));
    req.on("error", reject);
    req.end();
  });
}
