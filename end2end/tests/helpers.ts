import { Browser, BrowserContext, expect, Locator, Page, TestInfo } from "@playwright/test";
import { execFileSync } from "child_process";
import * as fs from "fs";
import * as path from "path";
import { linkTo } from "./mail";

/** An e-mail nobody else in this run uses: the database is shared by all tests of a run. */
export function uniqueEmail(who: string, info: TestInfo): string {
  return `${who}-${info.project.name}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
}

export async function signUp(page: Page, name: string, email: string, org: string, password = "correct horse") {
  await page.goto("/signup");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByLabel("Organisation name").fill(org);
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page.getByRole("heading", { name: `Welcome, ${name.split(" ")[0]}` })).toBeVisible();
}

/**
 * Opens the link that confirms `email` (the app e-mails it to every new
 * account) and presses its button, as the person would; they are then
 * signed in. Works with JavaScript off too.
 */
export async function confirmEmail(page: Page, email: string) {
  await page.goto(await linkTo(email, "/confirm/"));
  await expect(page.getByRole("heading", { name: "Confirm your e-mail address" })).toBeVisible();
  await page.getByRole("button", { name: "Confirm my address" }).click();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
  await expect(page.locator(".confirm-banner")).toHaveCount(0);
}

/** Logs in with the password `signUp` gives by default; waits until signed in. */
export async function logIn(page: Page, email: string, password = "correct horse") {
  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
}

/**
 * The one fixture that writes to the app's database: every membership of
 * the organisation `org` (and of its teams) is dated two weeks back, as if
 * its people had joined then. People vote only after a full week as
 * members before the week begins (so nobody can add accounts to read a
 * colleague's vote), and these tests run on the server's real clock, which
 * they cannot move. The integration tests cover the tenure itself by moving
 * the app's clock.
 */
export function joinedTwoWeeksAgo(org: string) {
  const database = path.join(__dirname, "..", ".db", `${process.env.E2E_RUN}.db`);
  const quoted = `'${org.replace(/'/g, "''")}'`;
  const ofOrg = `(SELECT id FROM organisations WHERE name = ${quoted})`;
  const sql = [
    `UPDATE memberships SET joined_at = joined_at - 1209600 WHERE org_id = ${ofOrg};`,
    `UPDATE team_members SET added_at = added_at - 1209600 WHERE team_id IN (SELECT id FROM teams WHERE org_id = ${ofOrg});`,
    `SELECT COUNT(*) FROM organisations WHERE name = ${quoted};`,
  ].join(" ");
  if (!fs.existsSync(database)) throw new Error(`no database at ${database}`);
  const out = execFileSync("sqlite3", ["-cmd", ".timeout 10000", database, sql], { encoding: "utf8" });
  if (out.trim() !== "1") throw new Error(`expected one organisation named ${org}, found ${out.trim()}`);
}

/** A date `offset` days from today (UTC, as the server counts), as YYYY-MM-DD. */
export function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

/** Fills row `n` of an objective form's key results. */
export async function fillKr(page: Page, n: number, title: string, kind: string, start: string, target: string) {
  // Rows after the first are added on demand.
  const add = page.locator("summary", { hasText: `Add key result ${n}` });
  if (n > 1 && (await add.isVisible())) await add.click();
  const row = page.getByRole("group", { name: new RegExp(`^Key result ${n}`) });
  await row.getByLabel("Title").fill(title);
  await row.getByLabel("Kind").selectOption(kind);
  if (kind !== "milestone") {
    await row.getByLabel("Start").fill(start);
    await row.getByLabel("Target").fill(target);
  }
}

/** Creates a team as an admin; with `join`, adds the first person offered (the admin, in a new organisation). */
export async function createTeam(page: Page, name: string, join = false) {
  await page.goto("/teams");
  await page.getByLabel("Team name").fill(name);
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(page.getByRole("link", { name, exact: true })).toBeVisible();
  if (join) {
    await page.getByRole("link", { name, exact: true }).click();
    const members = page.locator("section", { has: page.getByRole("heading", { name: "Members" }) }).getByRole("listitem");
    const before = await members.count();
    await page.getByRole("button", { name: "Add to team" }).click();
    // The page loads again with one more member: only then may the test go on.
    await expect(members).toHaveCount(before + 1);
  }
}

/** Plans a wave from `first` to `last` days from today, optionally with one wave objective, and starts it. */
export async function startWave(page: Page, name: string, first: number, last: number, objective?: { title: string; why: string; kr: [string, string, string] }) {
  await page.goto("/waves");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("First day").fill(day(first));
  await page.getByLabel("Last day").fill(day(last));
  await page.getByRole("button", { name: "Plan wave" }).click();
  await page.getByRole("link", { name }).click();
  if (objective) {
    await page.getByLabel("Objective title").fill(objective.title);
    await page.getByLabel("Why it matters").fill(objective.why);
    await fillKr(page, 1, objective.kr[0], "numeric", objective.kr[1], objective.kr[2]);
    await page.getByRole("button", { name: "Add objective" }).click();
    await expect(page.getByRole("link", { name: objective.title })).toBeVisible();
  }
  await page.getByRole("button", { name: "Start the wave" }).click();
  await expect(page.getByText("Active", { exact: true })).toBeVisible();
}

/** Adds an objective to a team the current person is in, aligned to the first wave objective offered. */
export async function addTeamObjective(page: Page, team: string, title: string, rationale: string, kr: [string, string, string, string]) {
  await page.goto("/teams");
  await page.getByRole("link", { name: team, exact: true }).click();
  await page.getByLabel("Objective title").fill(title);
  await page.getByLabel("Alignment rationale").fill(rationale);
  await fillKr(page, 1, ...kr);
  await page.getByRole("button", { name: "Add objective" }).click();
  await expect(page.getByRole("link", { name: title })).toBeVisible();
}

/** A new person opens an invite link in their own browser context and signs up. */
export async function joinViaInvite(browser: Browser, invite: string, name: string, email: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(invite);
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill("a fine password");
  await page.getByRole("button", { name: "Create account and join" }).click();
  // A new account joins once it has confirmed its address.
  await expect(page.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  await confirmEmail(page, email);
  await expect(page.getByRole("heading", { name: `Welcome, ${name.split(" ")[0]}` })).toBeVisible();
  // The organisation's home is filled in, not left at "Loading…" (seen once after joining).
  await expect(page.getByRole("heading", { name: "Your teams" })).toBeVisible();
  await expect(page.getByText("Loading…")).toHaveCount(0);
  return { context, page };
}

/** Creates an invite link for `people` people as an admin and returns it. */
export async function inviteLink(page: Page, people = 1): Promise<string> {
  await page.goto("/admin");
  await page.getByLabel("How many people may join with it").fill(String(people));
  await page.getByRole("button", { name: "Create invite link" }).click();
  return page.getByLabel(/New invite link/).inputValue();
}

/** Waits until the service worker controls the page and keeps a copy of it for offline use. */
export async function keptForOffline(page: Page) {
  await expect(page.locator("html[data-drafts=ready]")).toHaveCount(1);
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect
    .poll(() => page.evaluate(async () => !!(await caches.match(location.href, { cacheName: "mistvine-pages-v1" }))))
    .toBe(true);
}

/** Cuts the whole context off the network: the page, its fetches and the service worker's. */
export async function goOffline(context: BrowserContext) {
  await context.setOffline(true);
  await context.route("**", (route) => route.abort("internetdisconnected"));
}

export async function goOnline(context: BrowserContext) {
  await context.unrouteAll({ behavior: "wait" });
  await context.setOffline(false);
}

/**
 * Tells the page the connection is back (its `online` event, as when a
 * phone rejoins a network), so it sends what waits now rather than at its
 * next scheduled try. That try may come first and reload the page (a draft
 * of someone else's): then the page is gone mid-call, and there is nothing
 * left to tell. (Not `context.setOffline`: Chromium applies it to the
 * service worker a moment after the page, so a reload could still find the
 * worker offline.)
 */
export async function sayOnline(page: Page) {
  await page.evaluate(() => window.dispatchEvent(new Event("online"))).catch((e: Error) => {
    if (!/Execution context was destroyed|navigat/i.test(e.message)) throw e;
  });
}

/** Waits until the page's WebAssembly has taken over (before checking JavaScript-only behaviour). */
export async function hydrated(page: Page) {
  await expect(page.locator("html[data-hydrated]")).toHaveCount(1);
}

/**
 * Opens the menu where the bar keeps it (on a phone, everything but the
 * weekly four and the account is behind "Menu"; on a desktop it is all in
 * the bar and this does nothing).
 */
export async function openMenu(page: Page) {
  const button = page.locator("label.menu-button");
  if ((await button.isVisible()) && !(await page.locator("#menu-toggle").isChecked())) {
    await button.click();
    await expect(page.getByRole("navigation", { name: "More" })).toBeVisible();
  }
}

/** Goes to an area through the top bar, as a person would at this width. */
export async function navTo(page: Page, area: string) {
  await openMenu(page);
  await page.getByRole("link", { name: area, exact: true }).click();
}

export async function logOut(page: Page) {
  await openMenu(page);
  await page.getByRole("button", { name: "Log out" }).click();
  // The post answers with the home page, signed out: wait for it before the test goes on.
  await expect(page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Log in" })).toBeVisible();
}

/**
 * Presses Tab, as a keyboard user moves through a page, until `target` has
 * the focus; fails if it is not reached in `limit` presses. The focused
 * control must show it (a visible outline).
 */
export async function tabTo(page: Page, target: Locator, limit = 80) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press("Tab");
    if (await target.evaluate((el) => el === document.activeElement)) {
      await expect(target).toHaveCSS("outline-style", "solid");
      return;
    }
  }
  throw new Error(`${limit} presses of Tab did not reach ${target}`);
}

/** The address of the first link on `from` whose address matches `pattern`. */
export async function firstLink(page: Page, from: string, pattern: RegExp): Promise<string> {
  await page.goto(from);
  const hrefs = await page.locator("a[href]").evaluateAll((links) => links.map((a) => a.getAttribute("href") ?? ""));
  const href = hrefs.find((h) => pattern.test(h));
  expect(href, `a link matching ${pattern} on ${from}`).toBeTruthy();
  return href!;
}

/**
 * Every page of the demo organisation its owner sees (the audits and the
 * layout checks walk them all): the fixed addresses, present mode paused
 * on each slide so it holds still, and a boost, a wave, an objective and a
 * team found by their links. `page` must be signed in as the owner.
 */
export async function demoPages(page: Page): Promise<string[]> {
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
    "/present?slide=1&every=0",
    "/present?slide=2&every=0",
    "/present?slide=3&every=0",
    "/present?slide=4&every=0",
  ];
  pages.push(await firstLink(page, "/boosts", /^\/boosts\/\d+$/));
  pages.push(await firstLink(page, "/waves", /^\/waves\/\d+$/));
  pages.push(await firstLink(page, "/", /^\/objectives\/\d+$/));
  pages.push(await firstLink(page, "/teams", /^\/teams\/\d+$/));
  return pages;
}
