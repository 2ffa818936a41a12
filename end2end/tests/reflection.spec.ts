import { expect, Page, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers";

function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

async function waveWithObjective(page: Page, name: string, first: number, last: number, objective: string) {
  await page.goto("/waves");
  await page.getByLabel("Name").fill(name);
  await page.getByLabel("First day").fill(day(first));
  await page.getByLabel("Last day").fill(day(last));
  await page.getByRole("button", { name: "Plan wave" }).click();
  await page.getByRole("link", { name }).click();
  await page.getByLabel("Objective title").fill(objective);
  await page.getByLabel("Why it matters").fill("It matters.");
  const kr = page.getByRole("group", { name: /^Key result 1/ });
  await kr.getByLabel("Title").fill("Active users");
  await kr.getByLabel("Start").fill("100");
  await kr.getByLabel("Target").fill("200");
  await page.getByRole("button", { name: "Add objective" }).click();
  await page.getByRole("button", { name: "Start the wave" }).click();
  await expect(page.getByText("Active", { exact: true })).toBeVisible();
}

test("a wave is reflected on, graded, closed, and the next starts with a carried-over objective", async ({ page }, info) => {
  await signUp(page, "Rita Reflect", uniqueEmail("rita", info), `Reflect ${info.project.name} ${Date.now()}`);
  await page.goto("/teams");
  await page.getByLabel("Team name").fill("Core");
  await page.getByRole("button", { name: "Create team" }).click();
  await page.getByRole("link", { name: "Core" }).click();
  await page.getByRole("button", { name: "Add to team" }).click();
  await waveWithObjective(page, "Old wave", -20, 0, "Grow usage");

  await page.goto("/teams");
  await page.getByRole("link", { name: "Core" }).click();
  await page.getByLabel("Objective title").fill("Faster search");
  await page.getByLabel("Alignment rationale").fill("Fast search keeps people using the product.");
  const kr = page.getByRole("group", { name: /^Key result 1/ });
  await kr.getByLabel("Title").fill("Search p95 (ms)");
  await kr.getByLabel("Start").fill("900");
  await kr.getByLabel("Target").fill("300");
  await page.getByRole("button", { name: "Add objective" }).click();
  await page.getByRole("link", { name: "Faster search" }).click();
  await page.getByLabel("New value").fill("600");
  await page.getByRole("button", { name: "Check in" }).click();
  await expect(page.getByText("Check-in history (1)")).toBeVisible();

  // End the wave; the team reflects and grades (0.5 is suggested from 50 % progress).
  await page.goto("/waves");
  await page.getByRole("link", { name: "Old wave" }).click();
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
  await expect(page.getByLabel("What worked")).toHaveValue("Profiling first");

  // The wave page shows it; the leader closes the wave.
  await page.goto("/waves");
  await page.getByRole("link", { name: "Old wave" }).click();
  await expect(page.getByText("Measure weekly")).toBeVisible();
  await expect(page.getByText(/grade 0\.4/)).toBeVisible();
  await page.getByRole("button", { name: "Close the wave" }).click();
  await expect(page.getByText("Closed", { exact: true })).toBeVisible();

  // The next wave starts; the team carries its unfinished objective over.
  await waveWithObjective(page, "New wave", 1, 21, "Grow usage again");
  await page.goto("/teams");
  await page.getByRole("link", { name: "Core" }).click();
  await expect(page.getByRole("heading", { name: "Carry over into New wave" })).toBeVisible();
  await page.getByRole("button", { name: "Carry over" }).click();
  // It opens the copy: same objective, in the new wave, starting from 600.
  await expect(page.getByRole("heading", { name: "Faster search" })).toBeVisible();
  await expect(page.getByRole("link", { name: "New wave" })).toBeVisible();
  await expect(page.getByText("Now 600 · target 300")).toBeVisible();
});
