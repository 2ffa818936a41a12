import { expect, test } from "@playwright/test";
import { audit } from "./axe";
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

// What only a crowd view can show: key results and confidence telling
// different stories, on the dashboard and the objective's own page.
test("the dashboard flags where the numbers and the crowd disagree, and the objective says what to ask", async ({ page }) => {
  await logIn(page, "olivia@demo.mistvine.test", "demo-password");
  await page.goto("/");
  const section = page.locator("section.card").filter({ has: page.getByRole("heading", { name: "Where the numbers and the crowd disagree (2)" }) });
  const items = section.getByRole("listitem");
  await expect(items).toHaveCount(2);
  await expect(items.nth(0).getByText("Behind, crowd confident")).toBeVisible();
  await expect(items.nth(0).getByText(/^The key results are far behind \(\d+ % done with \d+ % of the wave gone\), yet the people voting are confident: week 1 averages 3\.7 of 5\./)).toBeVisible();
  await expect(items.nth(1).getByText("On pace, crowd worried")).toBeVisible();
  await expect(items.nth(1).getByRole("link", { name: "Growth" })).toBeVisible();

  await items.nth(1).getByRole("link", { name: "An onboarding checklist inside the app" }).click();
  await expect(page).toHaveURL(/\/objectives\/\d+$/);
  const note = page.locator("section.crowd-disagrees");
  await expect(note.getByRole("heading", { name: /The numbers and the crowd disagree/ })).toBeVisible();
  await expect(note.getByText(/but the people voting are worried: week 1 averages 2\.3 of 5, Concerned or worse\. Ask the team what the numbers miss\.$/)).toBeVisible();
  await audit(page);
});

// At reflection: the crowd's weekly confidence beside each objective's grade,
// and how well early confidence predicted the end, wave after wave.
test("the summer review sets the crowd's confidence beside the grades and shows calibration improving", async ({ page }) => {
  await logIn(page, "olivia@demo.mistvine.test", "demo-password");
  await page.goto("/waves");
  await page.getByRole("link", { name: "Summer wave" }).click();
  const section = page.locator("section#calibration");
  await expect(section.getByRole("heading", { name: "Crowd confidence beside the final grades" })).toBeVisible();
  await expect(section.getByText("Calibration 96 %")).toBeVisible();
  const signup = section.getByRole("listitem").filter({ has: page.getByRole("link", { name: "Sign-up takes under a minute" }) });
  await expect(signup.getByRole("list", { name: "Weekly confidence in Sign-up takes under a minute" }).getByRole("listitem")).toHaveText(["w1 3.3", "w2 3.3", "w3 3.3", "w4 3.7"]);
  await expect(signup.getByText("early confidence 3.3 (expects 0.6) · final grade 0.6")).toBeVisible();
  await expect(section.getByText("Across 2 finished waves: 91 %. Early confidence is getting better at predicting how waves end.")).toBeVisible();
  await expect(section.getByRole("img", { name: "Calibration by wave, oldest first: Spring wave 86 %, Summer wave 96 %" })).toBeVisible();
  await audit(page);
});
