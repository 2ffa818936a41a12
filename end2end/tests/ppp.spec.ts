import { expect, test } from "@playwright/test";
import { createTeam, signUp, startWave, uniqueEmail } from "./helpers";

test("a team posts its weekly PPP, edits it, and the problem reaches the dashboard", async ({ page }, info) => {
  await signUp(page, "Pia Poster", uniqueEmail("pia", info), `PPP ${info.project.name} ${Date.now()}`);
  await createTeam(page, "Billing", true);
  await createTeam(page, "Search");
  await startWave(page, "Summer wave", 0, 20);

  await page.goto("/teams");
  await page.getByRole("link", { name: "Billing" }).click();
  await expect(page.getByText("No update this week yet.")).toBeVisible();
  await page.getByLabel("Progress", { exact: true }).fill("Invoices in PDF\nRetry failed cards");
  await page.getByLabel("Plans", { exact: true }).fill("- Dunning e-mails");
  await page.getByLabel("Problems", { exact: true }).fill("Waiting for the tax API key");
  await page.getByRole("button", { name: "Save PPP" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Retry failed cards" })).toBeVisible();
  await expect(page.getByText(/by Pia Poster/)).toBeVisible();

  // Editing keeps one update per week.
  await page.getByLabel("Plans", { exact: true }).fill("Dunning e-mails\nCredit notes");
  await page.getByRole("button", { name: "Save PPP" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Credit notes" })).toBeVisible();

  // The feed shows Billing's update and Search's missing one.
  await page.getByRole("link", { name: "PPP", exact: true }).click();
  await expect(page.getByText("1 of 2 teams posted")).toBeVisible();
  await expect(page.locator("section.card").filter({ hasText: "Search" }).getByText("No update this week.")).toBeVisible();

  // The open problem is on the dashboard until it is marked solved.
  await page.getByRole("link", { name: "Home" }).click();
  await expect(page.getByRole("heading", { name: "Open problems (1)" })).toBeVisible();
  await page.goto("/teams");
  await page.getByRole("link", { name: "Billing" }).click();
  await page.getByRole("button", { name: "Mark solved" }).click();
  await expect(page.getByText("solved", { exact: true })).toBeVisible();
  await page.getByRole("link", { name: "Home" }).click();
  await expect(page.getByRole("heading", { name: /Open problems/ })).toHaveCount(0);
});
