// Front-end figures for the bench (scripts/bench.sh), for one or more builds
// served side by side (the current one and the one before islands): the
// release WASM, JS and CSS sizes (raw, gzip, brotli), what a first visit of
// each page type downloads of them, and the phone voting page in headless
// Chromium at 375 px with DevTools' "Slow 4G" network and 4× CPU throttling.
//
// node end2end/bench/front.mjs OUT.json EMAIL PASSWORD NAME BASE_URL SITE_PKG_DIR [NAME BASE_URL SITE_PKG_DIR …]
import { chromium } from "@playwright/test";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const [out, email, password, ...rest] = process.argv.slice(2);
const builds = [];
for (let i = 0; i + 2 < rest.length; i += 3) builds.push({ name: rest[i], base: rest[i + 1], pkg: rest[i + 2] });
if (builds.length === 0) throw new Error("name at least one build: NAME BASE_URL SITE_PKG_DIR");

// The page types a first visit is measured on: the vote page (the phone's
// weekly visit), the dashboard, and a team page (the drafting forms).
const FIRST_VISITS = ["/vote", "/", "/teams/1"];

function assets(pkg) {
  return readdirSync(pkg)
    .filter((f) => /\.(wasm|js|css)$/.test(f))
    .map((file) => {
      const raw = readFileSync(join(pkg, file));
      return {
        file,
        raw: raw.length,
        gzip: gzipSync(raw, { level: 9 }).length,
        brotli: brotliCompressSync(raw, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
      };
    });
}

// DevTools' "Slow 4G" preset (formerly "Fast 3G").
const SLOW_4G = { offline: false, latency: 562.5, downloadThroughput: (1.6 * 1000 * 1000) / 8 * 0.9, uploadThroughput: (750 * 1000) / 8 * 0.9 };

const launch = () => chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });

async function signedIn(browser, base, options) {
  const context = await browser.newContext(options);
  const login = await context.request.post(`${base}/api/login`, { form: { email, password }, headers: { origin: base, accept: "application/json" } });
  if (!login.ok()) throw new Error(`log-in failed: ${login.status()}`);
  return context;
}

// What the page itself asks for of the build's files on a first visit (a
// fresh context: nothing cached, no service worker yet), summed per kind.
// The service worker, once installed, fetches the shell files again for
// offline use; that is not counted here.
async function firstVisits(base, files) {
  const browser = await launch();
  try {
    const visits = {};
    for (const path of FIRST_VISITS) {
      const context = await signedIn(browser, base, { viewport: { width: 1280, height: 800 } });
      const page = await context.newPage();
      const asked = new Set();
      page.on("request", (r) => {
        const name = new URL(r.url()).pathname.split("/").pop();
        if (files.some((f) => f.file === name)) asked.add(name);
      });
      await page.goto(`${base}${path}`, { waitUntil: "load" });
      await page.waitForFunction(() => document.documentElement.hasAttribute("data-hydrated"), null, { timeout: 60_000 });
      const total = { raw: 0, gzip: 0, brotli: 0, files: [...asked].sort() };
      for (const f of files.filter((f) => asked.has(f.file))) for (const k of ["raw", "gzip", "brotli"]) total[k] += f[k];
      visits[path] = total;
      await context.close();
    }
    return visits;
  } finally {
    await browser.close();
  }
}

async function phone(base) {
  const browser = await launch();
  try {
    const runs = [];
    for (let i = 0; i < 3; i++) {
      // A new context each time: nothing cached, no service worker yet.
      const context = await signedIn(browser, base, { viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.enable");
      await cdp.send("Network.emulateNetworkConditions", SLOW_4G);
      await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
      await page.addInitScript(() => {
        window.__lcp = 0;
        new PerformanceObserver((list) => {
          for (const e of list.getEntries()) window.__lcp = e.startTime;
        }).observe({ type: "largest-contentful-paint", buffered: true });
        const seen = () => {
          if (!window.__voteVisible && document.querySelector("form button.scale-btn")) window.__voteVisible = performance.now();
          if (!window.__hydrated && document.documentElement.hasAttribute("data-hydrated")) window.__hydrated = performance.now();
          if (!window.__hydrated) requestAnimationFrame(seen);
        };
        requestAnimationFrame(seen);
      });
      await page.goto(`${base}/vote`, { waitUntil: "load" });
      await page.waitForFunction(() => window.__hydrated, null, { timeout: 120_000 });
      // LCP is final once the page has been still for a moment.
      await page.waitForTimeout(500);
      const first = await page.evaluate(() => ({
        fcp_ms: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
        lcp_ms: window.__lcp,
        vote_visible_ms: window.__voteVisible ?? null,
        hydrated_ms: window.__hydrated,
      }));
      // A later visit, as every week: from the dashboard, a tap on "Vote"
      // (the files cached now). Timed from the tap until the vote buttons
      // are there and the page is live again: a full page load with
      // islands, an in-app navigation in the fully hydrated build.
      await page.goto(`${base}/`, { waitUntil: "load" });
      await page.waitForFunction(() => document.documentElement.hasAttribute("data-hydrated"), null, { timeout: 120_000 });
      const tapped = Date.now();
      await page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Vote", exact: true }).click();
      await page.waitForFunction(() => document.querySelector("form button.scale-btn") && document.documentElement.hasAttribute("data-hydrated"), null, { timeout: 120_000 });
      runs.push({ ...first, next_vote_ms: Date.now() - tapped });
      await context.close();
    }
    // The median run of three, by LCP.
    runs.sort((a, b) => a.lcp_ms - b.lcp_ms);
    return { ...runs[1], runs };
  } finally {
    await browser.close();
  }
}

const results = [];
for (const b of builds) {
  const files = assets(b.pkg);
  results.push({ name: b.name, assets: files, first_visit: await firstVisits(b.base, files), phone: await phone(b.base) });
}
writeFileSync(out, JSON.stringify({ builds: results }, null, 2));
console.log(`front-end figures written to ${out}`);
