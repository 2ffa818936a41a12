import { defineConfig } from "@playwright/test";
import * as path from "path";

// The server under test: the binary `cargo leptos build` produced, on its own
// port and a brand-new SQLite file per run, so runs never see each other's data.
const root = path.resolve(__dirname, "..");
const port = Number(process.env.E2E_PORT ?? 3210);
// `localhost`, not 127.0.0.1: browsers allow passkeys only for a name.
const baseURL = `http://localhost:${port}`;
// Workers load this file again: they take the run's name from the runner.
const run = process.env.E2E_RUN ?? `e2e-${Date.now()}`;
process.env.E2E_RUN = run;
const database = path.join(__dirname, ".db", `${run}.db`);
// The vote key lives apart from the data, as in production.
const voteKey = path.join(__dirname, ".keys", `${run}.key`);
// The app sends real e-mail to a loopback SMTP server (smtp-sink.mjs),
// which writes each message into this run's folder for the tests to read.
const smtpPort = port + 1;
const mailDir = path.join(__dirname, ".mail", run);
process.env.E2E_MAIL_DIR = mailDir;
// A real OpenID Connect provider (oidc-provider.mjs) for single sign-on.
const idpPort = port + 2;
process.env.E2E_IDP = `http://127.0.0.1:${idpPort}`;

// Stand-ins for Slack and a Web Push service (fake-services.mjs).
const fakesPort = port + 3;
process.env.E2E_FAKES = `http://127.0.0.1:${fakesPort}`;

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
  // Two files at a time against the one server: each test signs up its own
  // organisation, and the demo organisation's tests only read it. Half the
  // suite's time is waiting on pages and the server, which two browsers
  // overlap (12 min → 6.5 min on two cores; still green with a release
  // build running beside it).
  fullyParallel: false,
  workers: 2,
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
  webServer: [
    {
      command: `node smtp-sink.mjs ${smtpPort} ${mailDir}`,
      cwd: __dirname,
      port: smtpPort,
      reuseExistingServer: false,
      timeout: 10_000,
    },
    {
      command: `node oidc-provider.mjs ${idpPort} ${baseURL}/sso/callback`,
      cwd: __dirname,
      url: `http://127.0.0.1:${idpPort}/.well-known/openid-configuration`,
      reuseExistingServer: false,
      timeout: 10_000,
    },
    {
      command: `node fake-services.mjs ${fakesPort}`,
      cwd: __dirname,
      url: `http://127.0.0.1:${fakesPort}/test/pushes`,
      reuseExistingServer: false,
      timeout: 10_000,
    },
    {
      command: path.join(root, "target", "debug", "mistvine"),
      cwd: root,
      // Node may try ::1 first for localhost; the server listens on 127.0.0.1.
      url: `http://127.0.0.1:${port}/healthz`,
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
        MISTVINE_PUBLIC_URL: baseURL,
        MISTVINE_SMTP_HOST: "127.0.0.1",
        MISTVINE_SMTP_PORT: String(smtpPort),
        MISTVINE_SMTP_TLS: "none",
        MISTVINE_MAIL_FROM: "Mistvine <okr@example.com>",
        // The test provider is plain http on loopback.
        MISTVINE_SSO_ALLOW_HTTP: "1",
        // Slack is the loopback stand-in; push services, too.
        MISTVINE_SLACK_CLIENT_ID: "e2e.client",
        MISTVINE_SLACK_CLIENT_SECRET: "e2e-client-secret",
        MISTVINE_SLACK_SIGNING_SECRET: "e2e-signing-secret",
        MISTVINE_SLACK_API: `http://127.0.0.1:${fakesPort}/api`,
        MISTVINE_SLACK_AUTHORIZE_URL: `http://127.0.0.1:${fakesPort}/oauth/v2/authorize`,
        MISTVINE_PUSH_SERVICES: `http://127.0.0.1:${fakesPort}/push/`,
        LEPTOS_OUTPUT_NAME: "mistvine",
        LEPTOS_SITE_ROOT: path.join(root, "target", "site"),
        LEPTOS_SITE_PKG_DIR: "pkg",
        LEPTOS_ENV: "PROD",
        RUST_LOG: "warn",
      },
    },
  ],
});
