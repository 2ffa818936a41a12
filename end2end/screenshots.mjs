// Photographs the main pages of the demo organisation at a desktop and a
// phone width, in English and (a few of them) in German (run by
// scripts/screenshots.sh, which starts the server). The demo's people
// follow their browser's language, so a German browser reads it in German.
import { chromium } from "@playwright/test";
import { mkdir } from "node:fs/promises";

const base = process.env.BASE_URL ?? "http://127.0.0.1:3779";
const out = new URL("./screenshots/", import.meta.url).pathname;
const widths = {
  desktop: { viewport: { width: 1280, height: 800 } },
  phone: { viewport: { width: 375, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 },
};

// name, how to get there from a signed-in home page, and optionally the
// heading whose card should be at the top of the picture (in either
// language: a key result's name is the demo's own, in English).
const pages = [
  ["home", async () => "/"],
  ["vote", async () => "/vote"],
  ["wave", async (page) => firstLink(page, "/waves", /^\/waves\/\d+$/)],
  ["objective", async (page) => firstLink(page, "/", /^\/objectives\/\d+$/), "Week-one activation"],
  ["confidence", async () => "/confidence", /^(Heat map|Heatmap)/],
  ["ppp", async () => "/ppp"],
  ["boosts", async () => "/boosts"],
  ["scorecard", async () => "/scorecard/result"],
];
// The browser's language, the files' suffix, and which pages.
const languages = [
  { locale: "en-GB", suffix: "", only: null },
  { locale: "de-DE", suffix: "-de", only: ["home", "vote", "objective", "confidence"] },
];

async function firstLink(page, from, pattern) {
  await page.goto(base + from);
  const hrefs = await page.locator("a[href]").evaluateAll((as) => as.map((a) => a.getAttribute("href") ?? ""));
  const href = hrefs.find((h) => pattern.test(h));
  if (!href) throw new Error(`no link matching ${pattern} on ${from}`);
  return href;
}

await mkdir(out, { recursive: true });
const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium", args: ["--no-sandbox"] });
try {
  for (const { locale, suffix, only } of languages) for (const [width, options] of Object.entries(widths)) {
    const context = await browser.newContext({ ...options, locale });
    const page = await context.newPage();
    await page.goto(base + "/login");
    await page.locator("#login-email").fill("olivia@demo.mistvine.test");
    await page.locator("#login-password").fill("demo-password");
    await page.locator("form:has(#login-password) button[type=submit]").click();
    await page.waitForURL((url) => url.pathname === "/");
    for (const [name, where, at] of pages.filter(([name]) => !only || only.includes(name))) {
      await page.goto(base + (await where(page)));
      await page.locator("html[data-hydrated]").waitFor({ state: "attached" });
      // On a phone the interesting part is further down than one screen.
      if (at && width === "phone") {
        await page.getByRole("heading", { name: at }).first().evaluate((h) => (h.closest("section") ?? h).scrollIntoView());
      }
      const file = `${out}${name}-${width}${suffix}.jpg`;
      await page.screenshot({ path: file, type: "jpeg", quality: 80 });
      console.log(file.replace(out, "end2end/screenshots/"));
    }
    await context.close();
  }
} finally {
  await browser.close();
}
