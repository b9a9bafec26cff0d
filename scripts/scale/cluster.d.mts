import type { ChildProcess } from "node:child_process";

export const NGINX: string;
export function stopProcess(child: ChildProcess | null | undefined, signal?: NodeJS.Signals, graceMs?: number): Promise<void>;
export interface Cluster {
  prefix: string;
  httpBase: string;
  httpsBase: string;
  ca: Buffer;
  instances: { port: number; child: ChildProcess }[];
  nginx: ChildProcess | null;
  close(): Promise<void>;
}
export function startCluster(options?: { instances?: number; extraLocations?: (prefix: string) => string; env?: Record<string, string> }): Promise<Cluster>;
