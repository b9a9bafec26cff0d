import type { ChildProcess, StdioOptions } from "node:child_process";

export const standaloneServer: string;
/** Copies public/ and .next/static/ beside .next/standalone/server.js unless this build's copy is there. */
export function prepareStandalone(): void;
/** Starts one instance of the standalone server. */
export function startStandalone(options: {
  port: number | string;
  host?: string;
  env?: Record<string, string | undefined>;
  stdio?: StdioOptions;
  nodeArgs?: string[];
}): ChildProcess;
