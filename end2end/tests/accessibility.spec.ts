import { expect, test } from "@playwright/test";
import { audit } from "./axe";
import { demoPages, hydrated, logIn, logOut, openMenu } from "./helpers";

// The demo organisation (the server under test loads it) has something on
// every page: an active wave with votes, check-ins, PPP, boosts and a done
// boost; reflection.spec.ts audits the end of a wave.
const OWNER = "olivia@demo.mistvine.test";
const PASSWORD = "demo-password";

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
  const pages = await demoPages(page);
  pages.push("/no-such-page");
  await page.goto("/confidence");
  const team = await page.getByLabel("Team").locator("option").nth(1).getAttribute("value");
  pages.push(`/confidence?team=${team}`);
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
