import { defineConfig, devices } from "@playwright/test";

// The e2e suite runs against the production build on a free local port chosen by scripts/test.mjs.
// E2E_BASE_URL points it at an already running server instead (e.g. `next dev` while developing).
const port = Number(process.env.E2E_PORT ?? 3100);
const external = process.env.E2E_BASE_URL;
const baseURL = external ?? `http://127.0.0.1:${port}`;

const chromiumLaunch = {
  executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--disable-dev-shm-usage",
  ],
};

export default defineConfig({
  testDir: "e2e",
  outputDir: "test-results",
  fullyParallel: true,
  workers: process.env.CI ? 2 : 2,
  retries: 0,
  timeout: 30_000,
  reporter: process.env.PW_JSON_OUTPUT
    ? [["list"], ["json", { outputFile: process.env.PW_JSON_OUTPUT }]]
    : [["list"]],
  use: {
    baseURL,
    // Phones first: every journey runs at 360 px wide.
    ...devices["Pixel 5"],
    browserName: "chromium",
    viewport: { width: 360, height: 800 },
    locale: "zh-CN",
    launchOptions: chromiumLaunch,
    trace: "off",
  },
  webServer: external
    ? undefined
    : {
        // The standalone server a deploy runs (scripts/standalone.mjs copies public/ and .next/static beside it).
        command: "node scripts/standalone.mjs",
        url: `${baseURL}/zh-Hans`,
        reuseExistingServer: false,
        timeout: 60_000,
        env: { NEXT_TELEMETRY_DISABLED: "1", SITE_URL: baseURL, PORT: String(port), HOSTNAME: "127.0.0.1" },
      },
});
