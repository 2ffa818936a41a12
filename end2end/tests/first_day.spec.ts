import { expect, test } from "@playwright/test";
import { signUp, startWave, uniqueEmail } from "./helpers";

// What a new organisation reads on its first day, as a new user tries it.
test("a new organisation's first day reads right on every page", async ({ page }, info) => {
  await signUp(page, "Nell New", uniqueEmail("nell", info), `First day ${info.project.name} ${Date.now()}`);
  await startWave(page, "First wave", 0, 27, { title: "Launch", why: "We start here", kr: ["Customers", "0", "10"] });
  // Today is the wave's first day: day 1, not day 0.
  await expect(page.getByText("day 1 of 28, 28 days remaining")).toBeVisible();

  // Weeks to come say they have not started, not "still open" or "fewer than 3".
  await page.goto("/confidence");
  await expect(page.getByRole("img", { name: "Launch, week 2: not started yet" })).toHaveCount(1);
  await expect(page.getByText("the week has not started")).toBeVisible();

  // The survey's live signals: no words stand where a percentage should.
  await page.goto("/survey");
  await expect(page.getByText(/No data yet \(no active team yet\): this will be the share of teams/)).toBeVisible();
  await expect(page.getByText(/yet of /)).toHaveCount(0);

  // The admin page: no "Remove…" on her own row; the search and time inputs look like every other.
  await page.goto("/admin");
  const own = page.locator("#members li").filter({ hasText: "Nell New" });
  await expect(own).toBeVisible();
  await expect(own.getByText("Remove…")).toHaveCount(0);
  for (const label of ["Find a person (name or e-mail)", "Time of day"]) {
    await expect(page.getByLabel(label)).toHaveCSS("border-radius", "8px");
  }

  // A badge keeps its distance from the words before it.
  await page.goto("/account");
  await expect(page.locator(".sessions .badge", { hasText: "this device" })).toHaveCSS("margin-left", "8px");

  // Her scorecard leads to her workspace's survey, not to starting a workspace.
  await page.goto("/scorecard");
  const statements = page.locator("fieldset.statement");
  for (let i = 0; i < 20; i++) await statements.nth(i).getByLabel("Agree", { exact: true }).check();
  await page.getByRole("button", { name: "See my result" }).click();
  await expect(page.getByRole("link", { name: "Go to the survey" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Start a workspace" })).toHaveCount(0);
});
