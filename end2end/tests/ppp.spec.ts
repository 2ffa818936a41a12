import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers";

function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

test("a team posts its weekly PPP, edits it, and the problem reaches the dashboard", async ({ page }, info) => {
  await signUp(page, "Pia Poster", uniqueEmail("pia", info), `PPP ${info.project.name} ${Date.now()}`);
  for (const name of ["Billing", "Search"]) {
    await page.goto("/teams");
    await page.getByLabel("Team name").fill(name);
    await page.getByRole("button", { name: "Create team" }).click();
    await expect(page.getByRole("link", { name })).toBeVisible();
  }
  await page.getByRole("link", { name: "Billing" }).click();
  await page.getByRole("button", { name: "Add to team" }).click();
  await page.goto("/waves");
  await page.getByLabel("Name").fill("Summer wave");
  await page.getByLabel("First day").fill(day(0));
  await page.getByLabel("Last day").fill(day(20));
  await page.getByRole("button", { name: "Plan wave" }).click();
  await page.getByRole("link", { name: "Summer wave" }).click();
  await page.getByRole("button", { name: "Start the wave" }).click();
  await expect(page.getByText("Active", { exact: true })).toBeVisible();

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
