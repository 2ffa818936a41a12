import { expect, Page, test } from "@playwright/test";
import { demoPages, hydrated } from "./helpers";

// Every page of the demo organisation in each language, and in the
// pseudo-locale (accented, 40 % longer), at the project's width (1280 px
// on desktop, 375 px on a phone): nothing may stick out of the page or be
// cut off in its box. German words are long; this is where they would break
// a layout. The demo's people follow their browser's language (none of
// them chose one), so a browser context in each language reads it so.
const OWNER = "olivia@demo.mistvine.test";
const PASSWORD = "demo-password";
const LANGUAGES = ["en-GB", "de-DE", "fr-FR", "es-ES", "en-XA"];

/**
 * What overflows on the page as it is: the page wider than the window, an
 * element reaching past the window's edge (outside anything that scrolls
 * sideways on purpose), or a box that hides part of its own content.
 * Text cut with an ellipsis on purpose (the header's long names) is a
 * design, not an overflow.
 */
async function overflows(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found: string[] = [];
    const width = document.documentElement.clientWidth;
    if (document.documentElement.scrollWidth > width + 1) {
      found.push(`the page is ${document.documentElement.scrollWidth} px wide in a ${width} px window`);
    }
    const describe = (el: Element) => {
      const text = (el.textContent ?? "").trim().replace(/\s+/g, " ").slice(0, 60);
      return `<${el.tagName.toLowerCase()}${el.className ? ` class="${el.className}"` : ""}> "${text}"`;
    };
    const scrollsSideways = (el: Element | null): boolean => {
      for (let e = el; e && e !== document.body; e = e.parentElement) {
        const x = getComputedStyle(e).overflowX;
        if (x === "auto" || x === "scroll") return true;
      }
      return false;
    };
    for (const el of Array.from(document.body.querySelectorAll("*"))) {
      // Hidden on purpose: for screen readers only, or the skip link until it is focused.
      if (el.closest(".visually-hidden, .skip-link, svg, script, style, noscript, template")) continue;
      // What a closed <details> holds is not shown (a confirmation's button until it opens).
      const details = el.closest("details");
      if (details && !details.open && !el.closest("summary")) continue;
      const style = getComputedStyle(el);
      if (style.display === "none" || style.visibility === "hidden" || style.position === "fixed") continue;
      const box = el.getBoundingClientRect();
      if (box.width <= 1 || box.height <= 1) continue;
      if ((box.right > width + 1 || box.left < -1) && !scrollsSideways(el.parentElement)) {
        found.push(`${describe(el)} reaches ${Math.round(box.left)}–${Math.round(box.right)} px of ${width}`);
      }
      // A field scrolls its own text; anything else that hides what it holds cuts it.
      const field = ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName);
      const hides = !field && (["hidden", "clip"].includes(style.overflowX) || ["hidden", "clip"].includes(style.overflowY));
      const cut = el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1;
      if (hides && cut && style.textOverflow !== "ellipsis") {
        found.push(`${describe(el)} cuts its content (${el.scrollWidth}×${el.scrollHeight} in ${el.clientWidth}×${el.clientHeight})`);
      }
    }
    // Text that runs past the window's edge (a long word or address its box cannot break).
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement;
      if (!parent || parent.closest(".visually-hidden, .skip-link, script, style, noscript, template")) continue;
      const details = parent.closest("details");
      if (details && !details.open && !parent.closest("summary")) continue;
      const range = document.createRange();
      range.selectNodeContents(node);
      const box = range.getBoundingClientRect();
      if (box.width > 1 && box.right > width + 1 && !scrollsSideways(parent)) {
        found.push(`text "${(node.textContent ?? "").trim().slice(0, 60)}" in ${describe(parent)} reaches ${Math.round(box.right)} px of ${width}`);
      }
    }
    return found;
  });
}

for (const locale of LANGUAGES) {
  test.describe(`in ${locale}`, () => {
    test.use({ locale });

    test(`every page holds its layout in ${locale}`, async ({ page }) => {
      test.setTimeout(180_000);
      const problems: string[] = [];
      const check = async (path: string) => {
        await page.goto(path);
        await hydrated(page);
        for (const p of await overflows(page)) problems.push(`${path}: ${p}`);
      };
      for (const path of ["/login", "/signup", "/forgot"]) {
        await check(path);
      }
      // The log-in form by its fields' names: its words are the language's.
      await page.goto("/login");
      await page.locator("#login-email").fill(OWNER);
      await page.locator("#login-password").fill(PASSWORD);
      await page.locator("form:has(#login-password) button[type=submit]").click();
      await page.waitForURL((url) => url.pathname === "/");
      const pages = await demoPages(page);
      for (const path of pages) {
        await check(path);
      }
      expect(problems).toEqual([]);
      // Signed out again, for the tests that follow in this worker's browser.
      await page.context().clearCookies();
    });
  });
}
