import { expect, test } from "@playwright/test";
import { audit } from "./axe";
import { addTeamObjective, createTeam, signUp, startWave, uniqueEmail } from "./helpers";

const objective = (title: string) => ({ title, why: "It matters.", kr: ["Active users", "100", "200"] as [string, string, string] });

test("a wave is reflected on, graded, closed, and the next starts with a carried-over objective", async ({ page }, info) => {
  await signUp(page, "Rita Reflect", uniqueEmail("rita", info), `Reflect ${info.project.name} ${Date.now()}`);
  await createTeam(page, "Core", true);
  await startWave(page, "Old wave", -20, 0, objective("Grow usage"));
  await addTeamObjective(page, "Core", "Faster search", "Fast search keeps people using the product.", ["Search p95 (ms)", "numeric", "900", "300"]);
  await page.getByRole("link", { name: "Faster search" }).click();
  await page.getByLabel("New value").fill("600");
  await page.getByRole("button", { name: "Check in" }).click();
  await expect(page.getByText("Check-in history (1)")).toBeVisible();

  // End the wave; the team reflects and grades (0.5 is suggested from 50 % progress).
  await page.goto("/waves");
  await page.getByRole("link", { name: "Old wave" }).click();
  // It cannot be undone: the first click only asks.
  await page.locator("summary", { hasText: "End the wave and reflect…" }).click();
  await expect(page.getByText(/Ending the wave stops this wave's votes.*It cannot be undone\./)).toBeVisible();
  await expect(page.getByText("Active", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "End the wave and reflect" }).click();
  await expect(page.getByText("Reflecting", { exact: true })).toBeVisible();
  await page.goto("/teams");
  await page.getByRole("link", { name: "Core" }).click();
  const grade = page.getByLabel("Faster search — Search p95 (ms)");
  await expect(grade).toHaveValue("0.5");
  await page.getByLabel("What worked").fill("Profiling first");
  await page.getByLabel("What didn't").fill("Caching too late");
  await page.getByLabel("What we change").fill("Measure weekly");
  await grade.fill("0.4");
  await page.getByRole("button", { name: "Save reflection" }).click();
  // The note shows once the page the save loads is in place (the typed
  // values are there before the save, so they prove nothing).
  await expect(page.getByText("Saved.")).toBeVisible();
  await expect(page.getByLabel("What worked")).toHaveValue("Profiling first");
  await audit(page);

  // The wave page shows it; the leader closes the wave.
  await page.goto("/waves");
  await page.getByRole("link", { name: "Old wave" }).click();
  const reviews = page.locator("section.card").filter({ has: page.getByRole("heading", { name: "Reflections and grades" }) });
  await expect(reviews.getByText("Measure weekly")).toBeVisible();
  await expect(reviews.getByText("grade 0.4 · 50 %")).toBeVisible();
  // Nobody voted, so the calibration beside it has no early confidence to compare.
  await expect(page.locator("section#calibration").getByText("too few early votes to compare · final grade 0.4")).toBeVisible();
  await audit(page);
  await page.locator("summary", { hasText: "Close the wave…" }).click();
  await page.getByRole("button", { name: "Close the wave" }).click();
  await expect(page.getByText("Closed", { exact: true })).toBeVisible();

  // The next wave starts; the team carries its unfinished objective over.
  await startWave(page, "New wave", 1, 21, objective("Grow usage again"));
  await page.goto("/teams");
  await page.getByRole("link", { name: "Core" }).click();
  await expect(page.getByRole("heading", { name: "Carry over into New wave" })).toBeVisible();
  await audit(page);
  await page.getByRole("button", { name: "Carry over" }).click();
  // It opens the copy: same objective, in the new wave, starting from 600.
  await expect(page.getByRole("heading", { name: "Faster search" })).toBeVisible();
  await expect(page.getByRole("link", { name: "New wave" })).toBeVisible();
  await expect(page.getByText("Now 600 · 0 % of the way from 600 to 300")).toBeVisible();
});
