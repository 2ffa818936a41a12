import { expect, test } from "@playwright/test";
import { confirmEmail, hydrated, inviteLink, signUp, uniqueEmail, navTo, openMenu } from "./helpers";

test("a new owner creates a team and a colleague joins through an invite link", async ({ browser, page }, info) => {
  const org = `Acme ${info.project.name} ${Date.now()}`;
  await signUp(page, "Olga Owner", uniqueEmail("olga", info), org);
  await expect(page.getByText("Getting started")).toBeVisible();

  // Create a team.
  await navTo(page, "Teams");
  await page.getByLabel("Team name").fill("Payments");
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(page.getByRole("link", { name: "Payments" })).toBeVisible();

  // A duplicate name is refused with a clear message and creates nothing.
  await page.getByLabel("Team name").fill("payments");
  await page.getByRole("button", { name: "Create team" }).click();
  await expect(page.getByRole("alert")).toContainText("already exists");
  await expect(page.getByRole("link", { name: /payments/i })).toHaveCount(1);

  // Make an invite link.
  await navTo(page, "Admin");
  await page.getByRole("button", { name: "Create invite link" }).click();
  const link = page.getByLabel(/New invite link/);
  await expect(link).toHaveValue(/\/join\//);
  const inviteUrl = await link.inputValue();

  // A second person, in their own browser context, opens it and signs up.
  const other = await browser.newContext();
  const colleague = await other.newPage();
  await colleague.goto(inviteUrl);
  await expect(colleague.getByRole("heading", { name: `Join ${org} on Mistvine` })).toBeVisible();
  await colleague.getByLabel("Your name").fill("Carl Colleague");
  const carl = uniqueEmail("carl", info);
  await colleague.getByLabel("E-mail").fill(carl);
  await colleague.getByLabel("Password").fill("another good one");
  await colleague.getByRole("button", { name: "Create account and join" }).click();
  await expect(colleague.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  await confirmEmail(colleague, carl);
  await expect(colleague.getByRole("heading", { name: "Welcome, Carl" })).toBeVisible();
  await expect(colleague.getByText(`${org} · Member`)).toBeVisible();

  // The owner puts the newcomer in the team; the newcomer sees it.
  await navTo(page, "Teams");
  await page.getByRole("link", { name: "Payments" }).click();
  await page.getByLabel("Person").selectOption({ label: `Carl Colleague (${carl})` });
  await page.getByRole("button", { name: "Add to team" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Carl Colleague" })).toBeVisible();

  await navTo(colleague, "Teams");
  const team = colleague.getByRole("listitem").filter({ hasText: "Payments" });
  await expect(team).toContainText("your team");
  await team.getByRole("link", { name: "Payments" }).click();
  await expect(colleague.getByRole("heading", { name: "Payments" })).toBeVisible();
  await expect(colleague.getByRole("listitem").filter({ hasText: "Carl Colleague" })).toBeVisible();
  // Members do not get the admin controls.
  await expect(colleague.getByRole("button", { name: "Add to team" })).toHaveCount(0);
  await other.close();
});

test("bad sign-up input gets a specific message next to the field", async ({ page }, info) => {
  await page.goto("/signup");
  // The second attempt relies on the fields keeping what was typed, which the
  // hydrated form does; a click before hydration is a plain post (covered by
  // no_javascript.spec.ts) and reloads the page with empty fields.
  await hydrated(page);
  await page.getByLabel("Your name").fill("Sid Short");
  await page.getByLabel("E-mail").fill(uniqueEmail("sid", info));
  await page.getByLabel("Password").fill("short");
  await page.getByLabel("Organisation name").fill("Shorts Inc");
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page.getByText("Use at least 8 characters for your password.")).toBeVisible();

  await page.getByLabel("Password").fill("long enough now");
  await page.getByLabel("Organisation name").fill("   ");
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page.getByText("The organisation name cannot be empty.")).toBeVisible();
});

test("a forged invite link is refused clearly", async ({ page }) => {
  const res = await page.goto("/join/not-a-real-token");
  await expect(page.getByText("This invite link is not valid")).toBeVisible();
  expect(res?.status()).toBe(404);
});

test("an unknown address shows the not-found page with status 404", async ({ page }) => {
  const res = await page.goto("/no/such/page");
  expect(res?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "Page not found" })).toBeVisible();
});

test("a person in two organisations switches between them", async ({ browser, page }, info) => {
  const first = `First ${info.project.name} ${Date.now()}`;
  const second = `Second ${info.project.name} ${Date.now()}`;
  await signUp(page, "Fay First", uniqueEmail("fay", info), first);
  const invite = await inviteLink(page);

  const other = await browser.newContext();
  const sid = await other.newPage();
  const sidEmail = uniqueEmail("sid", info);
  await signUp(sid, "Sid Second", sidEmail, second);
  // A new account joins another organisation only once its address is confirmed.
  await sid.goto(invite);
  await sid.getByRole("button", { name: "Join" }).click();
  await expect(sid.getByRole("alert")).toContainText("Confirm your e-mail address first");
  await confirmEmail(sid, sidEmail);
  await sid.goto(invite);
  await sid.getByRole("button", { name: "Join" }).click();
  await expect(sid.getByText(`${first} · Member`)).toBeVisible();
  await openMenu(sid);
  await expect(sid.getByRole("navigation", { name: "More" }).getByRole("link", { name: "Waves" })).toBeVisible();
  await expect(sid.getByRole("link", { name: "Admin" })).toHaveCount(0);

  // The switcher names both; choosing the other opens its home page.
  const switcher = sid.getByLabel("Organisation");
  await switcher.selectOption({ label: second });
  await sid.getByRole("button", { name: "Switch" }).click();
  await expect(sid.getByText(`${second} · Owner`)).toBeVisible();
  await openMenu(sid);
  await expect(switcher.locator("option:checked")).toHaveText(second);
  await navTo(sid, "Admin");
  await expect(sid.getByRole("heading", { name: "Admin" })).toBeVisible();
  await other.close();
});
