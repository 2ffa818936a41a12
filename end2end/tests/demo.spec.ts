import { expect, test } from "@playwright/test";
import { logIn } from "./helpers";

// The demo organisation the server under test loads: what a leader of many
// teams reads on the confidence page.
test("the heat map groups by team: the team to talk to first, and its map one click away", async ({ page }) => {
  await logIn(page, "olivia@demo.mistvine.test", "demo-password");
  await page.goto("/confidence");
  const byTeam = page.locator("section.card").filter({ has: page.getByRole("heading", { name: "By team" }) });
  await expect(byTeam.getByRole("listitem")).toHaveCount(1);
  await expect(byTeam.getByText(/^1 of 1 objective flagged · 0 falling two weeks running · 1 at Concerned or lower · latest average 2\.3$/)).toBeVisible();
  await expect(byTeam.getByText("2 other teams have nothing flagged; pick a team above to see its map.")).toBeVisible();

  await byTeam.getByRole("link", { name: "Growth" }).click();
  await expect(page).toHaveURL(/\/confidence\?team=\d+$/);
  await expect(page.getByLabel("Team")).toHaveValue(/\d+/);
  await expect(page.getByRole("img", { name: /^An onboarding checklist inside the app, week 1: average 2\.3 from 3 votes/ })).toBeVisible();
  await expect(page.getByRole("img", { name: /^One-click deploys/ })).toHaveCount(0);
});
