import { expect, Page, test } from "@playwright/test";
import { audit } from "./axe";
import { hydrated, logIn, logOut, openMenu } from "./helpers";

// The demo organisation (the server under test loads it) has something on
// every page: an active wave with votes, check-ins, PPP, boosts and a done
// boost; reflection.spec.ts audits the end of a wave.
const OWNER = "olivia@demo.mistvine.test";
const PASSWORD = "demo-password";

/** The address of the first link on `from` whose address matches `pattern`. */
async function firstLink(page: Page, from: string, pattern: RegExp): Promise<string> {
  await page.goto(from);
  const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const href = hrefs.find((h) => pattern.test(h));
  expect(href, `a link matching ${pattern} on ${from}`).toBeTruthy();
  return href!;
}

test("signed out: log-in, sign-up and join pages have no accessibility violations", async ({ page }) => {
  for (const path of ["/login", "/signup", "/join/not-a-real-invite", "/forgot", "/reset/not-a-real-link"]) {
    await page.goto(path);
    await audit(page);
  }
  // A failed log-in shows its error in the form.
  await page.goto("/login");
  await hydrated(page);
  await page.getByLabel("E-mail").fill(OWNER);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("alert")).toBeVisible();
  await audit(page);
});

test("signed in: every page of the demo organisation has no accessibility violations", async ({ page }) => {
  test.setTimeout(180_000);
  // A page that fails to hydrate (a panic in the WebAssembly) fails the audit too.
  const crashes: string[] = [];
  page.on("pageerror", (e) => crashes.push(`${page.url()}: ${e.message}`));
  await logIn(page, OWNER, PASSWORD);
  const pages = [
    "/",
    "/vote",
    "/ppp",
    "/boosts",
    "/confidence",
    "/confidence?show=all",
    "/survey",
    "/scorecard",
    "/scorecard/result",
    "/waves",
    "/teams",
    "/members/history",
    "/admin",
    "/account",
    "/drafts",
    "/no-such-page",
    // Present mode, paused on each slide so it holds still for the audit.
    "/present?slide=1&every=0",
    "/present?slide=2&every=0",
    "/present?slide=3&every=0",
    "/present?slide=4&every=0",
  ];
  pages.push(await firstLink(page, "/boosts", /^\/boosts\/\d+$/));
  await page.goto("/confidence");
  const team = await page.getByLabel("Team").locator("option").nth(1).getAttribute("value");
  pages.push(`/confidence?team=${team}`);
  pages.push(await firstLink(page, "/waves", /^\/waves\/\d+$/));
  pages.push(await firstLink(page, "/", /^\/objectives\/\d+$/));
  pages.push(await firstLink(page, "/teams", /^\/teams\/\d+$/));
  for (const path of pages) {
    await page.goto(path);
    await audit(page);
  }
  // On a phone the menu's links and the account are hidden until it opens.
  await page.goto("/");
  await openMenu(page);
  await audit(page);
  expect(crashes).toEqual([]);
  await logOut(page);
});
