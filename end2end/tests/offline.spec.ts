import { expect, Page, test } from "@playwright/test";
import { confirmEmail, createTeam, fillKr, goOffline, goOnline, sayOnline, hydrated, inviteLink, keptForOffline, logIn, signUp, startWave, uniqueEmail, navTo, logOut } from "./helpers";

const status = (page: Page) => page.locator("form .draft-status").first();

/** A leader with a team, an active wave with one objective, on the team page (kept for offline use). */
async function teamPage(page: Page, info: { project: { name: string } }, who: string): Promise<{ team: string; wave: string; email: string }> {
  const email = uniqueEmail(who.toLowerCase(), info as never);
  await signUp(page, `${who} Writer`, email, `Offline ${who} ${info.project.name} ${Date.now()}`);
  // Confirmed, so that the tests may log in again with the password.
  await confirmEmail(page, email);
  await createTeam(page, "Trains", true);
  await startWave(page, "Tunnel wave", -2, 25, { title: "Work from anywhere", why: "People travel.", kr: ["Remote days", "0", "10"] });
  const wave = page.url().split("/waves/")[1];
  await page.goto("/teams");
  await page.getByRole("link", { name: "Trains", exact: true }).click();
  const team = page.url();
  await page.goto(team);
  await keptForOffline(page);
  return { team, wave, email };
}

test("an objective typed offline survives a reload and is saved exactly once", async ({ page, context }, info) => {
  const { team } = await teamPage(page, info, "Otto");
  const title = `Sync on the train ${info.project.name}`;

  await goOffline(context);
  await page.getByLabel("Objective title").fill(title);
  await page.getByLabel("Alignment rationale").fill("Half the team commutes through tunnels.");
  await fillKr(page, 1, "Drafts lost", "numeric", "5", "0");
  await fillKr(page, 2, "Tunnels mapped", "milestone", "", "");
  await expect(status(page)).toHaveAttribute("data-state", "local");
  await expect(status(page)).toContainText("Draft kept on this device");

  // Reloading without a connection opens the kept page, marked as a copy, with the draft back in the form.
  await page.reload();
  await expect(page.getByText(/You are offline\. This page is the copy this device kept/)).toBeVisible();
  await expect(page.getByLabel("Objective title")).toHaveValue(title);
  await expect(page.getByLabel("Alignment rationale")).toHaveValue("Half the team commutes through tunnels.");
  await expect(page.getByRole("group", { name: /^Key result 1/ }).getByLabel("Target")).toHaveValue("0");
  // The row added on demand is open again, with its words.
  await expect(page.getByRole("group", { name: /^Key result 2/ }).getByLabel("Title")).toBeVisible();
  await expect(page.getByRole("group", { name: /^Key result 2/ }).getByLabel("Title")).toHaveValue("Tunnels mapped");

  await page.getByRole("button", { name: "Add objective" }).click();
  await expect(status(page)).toHaveText("Saved on this device. It will be sent when you are back online.");
  await expect(page.getByText("Drafts waiting to be sent: 1.")).toBeVisible();

  // Back online, the first answer is lost after the server stored the objective:
  // the draft stays queued and is tried again by itself a moment later (no
  // new "online" event comes), and the retry with the same key must not make
  // a second copy.
  let posts = 0;
  await page.route("**/api/create_team_objective", async (route) => {
    posts += 1;
    if (posts === 1) {
      await route.fetch();
      await route.abort("internetdisconnected");
    } else {
      await route.continue();
    }
  });
  await goOnline(context);
  await expect(status(page)).toHaveText("Saved.");
  expect(posts).toBe(2);
  await expect(page.getByRole("link", { name: title })).toHaveCount(1);
  await expect(page.getByText(/waiting to be sent/)).toHaveCount(0);

  await page.goto(team);
  await expect(page.getByRole("link", { name: title })).toHaveCount(1);
  await expect(page.getByRole("heading", { name: "Drafts on this device" })).toHaveCount(0);
});

test("a PPP written offline is sent when the connection is back", async ({ page, context }, info) => {
  await teamPage(page, info, "Petra");
  await goOffline(context);
  await page.getByLabel("Progress", { exact: true }).fill("Wrote this in a basement");
  await page.getByLabel("Problems", { exact: true }).fill("No signal down here");
  const pppStatus = page.locator("form .draft-status").nth(1);
  await expect(pppStatus).toHaveAttribute("data-state", "local");
  await page.reload();
  await expect(page.getByLabel("Progress", { exact: true })).toHaveValue("Wrote this in a basement");
  await page.getByRole("button", { name: "Save PPP" }).click();
  await expect(pppStatus).toHaveAttribute("data-state", "queued");

  await goOnline(context);
  await expect(page.getByRole("listitem").filter({ hasText: "Wrote this in a basement" })).toHaveCount(1);
  await expect(page.getByRole("listitem").filter({ hasText: "No signal down here" })).toHaveCount(1);
  await expect(pppStatus).toHaveText("Saved.");
});

test("a queued draft the server refuses keeps its words and shows why", async ({ page, context }, info) => {
  const { wave, team } = await teamPage(page, info, "Rita");
  await goOffline(context);
  await page.getByLabel("Objective title").fill("Too late for this wave");
  await page.getByLabel("Alignment rationale").fill("Written just before the wave closed.");
  await fillKr(page, 1, "Anything", "numeric", "0", "1");
  await page.getByRole("button", { name: "Add objective" }).click();
  await expect(status(page)).toHaveAttribute("data-state", "queued");

  // Meanwhile the wave moves on to its reflection (the leader, elsewhere).
  const api = page.context().request;
  const moved = await api.post("/api/advance_wave", { form: { wave_id: wave, to: "reflecting" } });
  expect(moved.status()).toBe(200);

  await goOnline(context);
  await expect(page.getByRole("alert").filter({ hasText: "its objectives can no longer change" })).toBeVisible();
  await expect(status(page)).toHaveAttribute("data-state", "refused");
  await expect(page.getByLabel("Objective title")).toHaveValue("Too late for this wave");

  // The draft is still on the device after a reload, with its reason.
  await page.goto(team);
  await expect(page.locator(".draft-list .draft-title")).toHaveText("Too late for this wave");
  await expect(page.locator(".draft-list .draft-reason")).toContainText("its objectives can no longer change");
  await expect(page.getByText(/Drafts the server refused: 1\./)).toBeVisible();
});

test("several drafts can be kept, listed, reopened and discarded", async ({ page }, info) => {
  await teamPage(page, info, "Dora");
  await page.getByLabel("Objective title").fill("First idea");
  await expect(status(page)).toHaveAttribute("data-state", "local");
  await page.getByRole("button", { name: "Start another draft" }).click();
  await expect(page.getByLabel("Objective title")).toHaveValue("");
  await page.getByLabel("Objective title").fill("Second idea");
  await expect(page.locator(".draft-list li")).toHaveCount(2);

  await page.getByRole("button", { name: "Open draft First idea" }).click();
  await expect(page.getByLabel("Objective title")).toHaveValue("First idea");
  await page.getByRole("button", { name: "Discard draft Second idea" }).click();
  await expect(page.locator(".draft-list li")).toHaveCount(1);
  await page.reload();
  await expect(page.locator(".draft-list .draft-title")).toHaveText(["First idea"]);
  await expect(page.getByLabel("Objective title")).toHaveValue("First idea");

  // All drafts of this person, across teams, are listed on one page too.
  await navTo(page, "Drafts");
  await expect(page.getByText(/Team objective for Trains · on this device/)).toBeVisible();
  await page.getByRole("button", { name: "Discard draft First idea" }).click();
  await expect(page.getByText(/No drafts on this device/)).toBeVisible();
});

test("after logging out, pages kept for that person are gone from the device", async ({ page, context }, info) => {
  const { team } = await teamPage(page, info, "Lou");
  await logOut(page);
  await expect(page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Log in" })).toBeVisible();
  await expect
    .poll(() => page.evaluate(async (url) => !!(await caches.match(url, { cacheName: "mistvine-pages-v1" })), team))
    .toBe(false);
  await goOffline(context);
  await page.goto(team).catch(() => undefined);
  await expect(page.getByRole("heading", { name: "You are offline" })).toBeVisible();
  await expect(page.getByText("Trains")).toHaveCount(0);
  await goOnline(context);
});

test("a draft refused because the session ended is sent after logging in again", async ({ page, context }, info) => {
  const { team, email } = await teamPage(page, info, "Sven");
  const title = `Written before the session ended ${info.project.name}`;
  await goOffline(context);
  await page.getByLabel("Objective title").fill(title);
  await page.getByLabel("Alignment rationale").fill("Long trip.");
  await fillKr(page, 1, "Trips", "numeric", "0", "3");
  await page.getByRole("button", { name: "Add objective" }).click();
  await expect(status(page)).toHaveAttribute("data-state", "queued");

  // The session ends while the device is offline.
  await context.clearCookies();
  await goOnline(context);
  await expect(page.getByRole("alert").filter({ hasText: "Your session has ended. Log in again, then send this draft." })).toBeVisible();
  await expect(status(page)).toHaveAttribute("data-state", "refused");

  await logIn(page, email);
  await page.goto(team);
  await expect(page.getByLabel("Objective title")).toHaveValue(title);
  await page.getByRole("button", { name: "Add objective" }).click();
  await expect(status(page)).toHaveText("Saved.");
  await expect(page.getByRole("link", { name: title })).toHaveCount(1);
});

test("an invite link's page is never kept on the device", async ({ browser, page }, info) => {
  await signUp(page, "Ivy Inviter", uniqueEmail("ivy", info), `Invites ${info.project.name} ${Date.now()}`);
  const invite = await inviteLink(page);
  // Nor the admin page that shows the new link in its address.
  expect(page.url()).toContain("invite=");
  await page.goto("/scorecard");
  await keptForOffline(page);
  const inviterKept = await page.evaluate(async () => (await (await caches.open("mistvine-pages-v1")).keys()).map((r) => r.url));
  expect(inviterKept.filter((url) => url.includes("invite="))).toEqual([]);
  const context = await browser.newContext();
  const visitor = await context.newPage();
  const keptHere = () => visitor.evaluate(async () => !!(await caches.match(location.href, { cacheName: "mistvine-pages-v1" })));
  await visitor.goto("/login");
  await visitor.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await expect.poll(keptHere).toBe(true);
  await visitor.goto(invite);
  await expect(visitor.getByRole("button", { name: "Create account and join" })).toBeVisible();
  // A page visited after it is kept, so the invite page had its chance too.
  await visitor.goto("/scorecard");
  await expect.poll(keptHere).toBe(true);
  const kept = await visitor.evaluate(async () => (await (await caches.open("mistvine-pages-v1")).keys()).map((r) => r.url));
  expect(kept.filter((url) => url.includes("/join"))).toEqual([]);
  await context.close();
});

test("a draft queued by one person is never sent under the next person's session on the same device", async ({ page, context }, info) => {
  const { team, email } = await teamPage(page, info, "Ada");
  const title = `Ada's words only ${info.project.name}`;
  // The server cannot be reached for this form from this device (any tab):
  // the draft waits in the queue. (Another tab of Ada's would otherwise send
  // it, rightly, while she is still signed in.)
  await context.route("**/api/create_team_objective", (route) => route.abort("internetdisconnected"));
  await page.getByLabel("Objective title").fill(title);
  await page.getByLabel("Alignment rationale").fill("Written on a shared laptop.");
  await fillKr(page, 1, "Handovers", "numeric", "0", "2");
  await page.getByRole("button", { name: "Add objective" }).click();
  await expect(status(page)).toHaveAttribute("data-state", "queued");

  // Someone else signs in on this device, in another tab.
  const other = await context.newPage();
  await other.goto("/");
  await logOut(other);
  await expect(other.getByRole("link", { name: "Log in" }).first()).toBeVisible();
  await signUp(other, "Bea Borrower", uniqueEmail("bea", info), `Borrowed ${info.project.name} ${Date.now()}`);

  // Ada's tab sends its queue again: the server is signed in as Bea now, so
  // it refuses the draft and the tab reloads to show who is signed in.
  await context.unroute("**/api/create_team_objective");
  await sayOnline(page);
  // (Read from the bar whether or not the phone's menu is open: the reload closes it.)
  await expect(page.locator(".who .user-name")).toHaveText("Bea Borrower");
  await other.close();

  // Back with Ada, the draft is still waiting (not refused) and is sent,
  // once, by the first page she sees. (Her team's page is opened only after
  // that: read while the objective was being stored, its list could predate it.)
  await logOut(page);
  await context.route("**/api/create_team_objective", (route) => route.abort("internetdisconnected"));
  await logIn(page, email);
  await expect(page.getByText("Drafts waiting to be sent: 1.")).toBeVisible();
  await context.unroute("**/api/create_team_objective");
  await sayOnline(page);
  await expect(page.getByText(/Drafts waiting to be sent/)).toHaveCount(0);
  await page.goto(team);
  await expect(page.getByRole("link", { name: title })).toHaveCount(1);
  await expect(page.getByText(/Drafts waiting to be sent/)).toHaveCount(0);
});

test("the app's files carry content hashes, are kept for a year, and the service worker keeps this release's", async ({ page }) => {
  // (The sign-up page has no lazy island: the log-in page's passkey button is one.)
  await page.goto("/signup");
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  // A resource's timing entry appears once its body has arrived: the worker
  // can be ready before the WebAssembly has finished downloading, but not
  // before the page has hydrated with it.
  await hydrated(page);
  const loaded = await page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.startsWith("/pkg/")),
  );
  const js = loaded.find((p) => p.endsWith(".js"));
  const wasm = loaded.find((p) => p.endsWith(".wasm"));
  expect(js).toMatch(/^\/pkg\/mistvine\.[A-Za-z0-9_-]{22}\.js$/);
  expect(wasm).toMatch(/^\/pkg\/mistvine\.[A-Za-z0-9_-]{22}\.wasm$/);
  for (const file of [js!, wasm!]) {
    const res = await page.request.get(file);
    expect(res.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  }
  const worker = await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.active!.scriptURL));
  expect(new URL(worker).searchParams.get("js")).toBe(js);
  expect(new URL(worker).searchParams.get("wasm")).toBe(wasm);
  // Kept for offline use under this release's name.
  await expect
    .poll(() => page.evaluate(([j, w]) => caches.open(`mistvine-shell-${j}`).then((c) => c.match(w)).then((r) => !!r), [js!, wasm!]))
    .toBe(true);
  // The lazy islands' chunks (drafting, the drafts table, the clock) are not
  // downloaded by a page without them, yet the worker keeps them all, so a
  // page drafting offline later can start its island.
  expect(loaded.filter((p) => p.includes("split_") || p.includes("chunk_"))).toEqual([]);
  const lazy = (new URL(worker).searchParams.get("lazy") ?? "").split(",").map((name) => `/pkg/${name}`);
  expect(lazy.some((p) => /^\/pkg\/split_drafting_form_loader_\d+\.[A-Za-z0-9_-]{22}\.wasm$/.test(p))).toBe(true);
  expect(lazy[0]).toMatch(/^\/pkg\/__wasm_split\.[A-Za-z0-9_-]{22}\.js$/);
  for (const file of lazy) {
    const res = await page.request.get(file);
    expect(res.headers()["cache-control"]).toBe("public, max-age=31536000, immutable");
  }
  await expect
    .poll(() =>
      page.evaluate(
        ([j, files]) => caches.open(`mistvine-shell-${j}`).then((c) => Promise.all(files.map((f) => c.match(f)))).then((all) => all.every((r) => !!r)),
        [js!, lazy] as const,
      ),
    )
    .toBe(true);
});
