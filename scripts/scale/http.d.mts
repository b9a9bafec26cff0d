import type { IncomingHttpHeaders } from "node:http";

export function request(
  url: string,
  options?: { method?: string; headers?: Record<string, string>; ca?: Buffer; timeoutMs?: number },
): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }>;
