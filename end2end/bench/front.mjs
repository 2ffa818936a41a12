// Front-end figures for the bench (scripts/bench.sh): the release WASM, JS and
// CSS sizes (raw, gzip, brotli), and the phone voting page in headless
// Chromium at 375 px with DevTools' "Slow 4G" network and 4× CPU throttling.
//
// node end2end/bench/front.mjs BASE_URL SITE_PKG_DIR EMAIL PASSWORD OUT.json
import { chromium } from "@playwright/test";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

const [base, pkg, email, password, out] = process.argv.slice(2);

function assets() {
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

async function phone() {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
  try {
    const runs = [];
    for (let i = 0; i < 3; i++) {
      // A new context each time: nothing cached, no service worker yet.
      const context = await browser.newContext({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 });
      const login = await context.request.post(`${base}/api/login`, { form: { email, password }, headers: { origin: base, accept: "application/json" } });
      if (!login.ok()) throw new Error(`log-in failed: ${login.status()}`);
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
          if (!window.__voteVisible && document.querySelector("form button")) window.__voteVisible = performance.now();
          if (!window.__hydrated && document.documentElement.hasAttribute("data-hydrated")) window.__hydrated = performance.now();
          if (!window.__hydrated) requestAnimationFrame(seen);
        };
        requestAnimationFrame(seen);
      });
      await page.goto(`${base}/vote`, { waitUntil: "load" });
      await page.waitForFunction(() => window.__hydrated, null, { timeout: 120_000 });
      // LCP is final once the page has been still for a moment.
      await page.waitForTimeout(500);
      runs.push(
        await page.evaluate(() => ({
          fcp_ms: performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null,
          lcp_ms: window.__lcp,
          vote_visible_ms: window.__voteVisible ?? null,
          hydrated_ms: window.__hydrated,
        })),
      );
      await context.close();
    }
    // The median run of three, by LCP.
    runs.sort((a, b) => a.lcp_ms - b.lcp_ms);
    return { ...runs[1], runs };
  } finally {
    await browser.close();
  }
}

writeFileSync(out, JSON.stringify({ assets: assets(), phone: await phone() }, null, 2));
console.log(`front-end figures written to ${out}`);
