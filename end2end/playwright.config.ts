import { defineConfig } from "@playwright/test";
import * as path from "path";

// The server under test: the binary `cargo leptos build` produced, on its own
// port and a brand-new SQLite file per run, so runs never see each other's data.
const root = path.resolve(__dirname, "..");
const port = Number(process.env.E2E_PORT ?? 3210);
const baseURL = `http://127.0.0.1:${port}`;
const run = `e2e-${Date.now()}`;
const database = path.join(__dirname, ".db", `${run}.db`);
// The vote key lives apart from the data, as in production.
const voteKey = path.join(__dirname, ".keys", `${run}.key`);

// Debian's Chromium; Playwright never downloads a browser here.
const launchOptions = {
  executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
  args: [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
  ],
};

export default defineConfig({
  testDir: "./tests",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  forbidOnly: true,
  retries: 0,
  reporter: [["list"]],
  use: { baseURL, launchOptions, trace: "retain-on-failure" },
  projects: [
    { name: "desktop", use: { viewport: { width: 1280, height: 800 } } },
    {
      name: "phone",
      use: { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
    },
  ],
  webServer: {
    command: path.join(root, "target", "debug", "mistvine"),
    cwd: root,
    url: `${baseURL}/healthz`,
    reuseExistingServer: false,
    timeout: 60_000,
    env: {
      MISTVINE_DATABASE: database,
      MISTVINE_VOTE_KEY_FILE: voteKey,
      // Every test signs up a new workspace from 127.0.0.1.
      MISTVINE_SIGNUPS_PER_HOUR: "10000",
      // The accessibility audit walks the demo organisation; other tests make their own.
      MISTVINE_DEMO: "1",
      MISTVINE_LISTEN: `127.0.0.1:${port}`,
      LEPTOS_OUTPUT_NAME: "mistvine",
      LEPTOS_SITE_ROOT: path.join(root, "target", "site"),
      LEPTOS_SITE_PKG_DIR: "pkg",
      LEPTOS_ENV: "PROD",
      RUST_LOG: "warn",
    },
  },
});
