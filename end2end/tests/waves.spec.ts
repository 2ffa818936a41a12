import { expect, test } from "@playwright/test";
import { day, fillKr, signUp, uniqueEmail, navTo } from "./helpers";

test("a leader sets a wave, a team aligns an objective, checks in, and the dashboard shows it", async ({ page }, info) => {
  await signUp(page, "Lea Leader", uniqueEmail("lea", info), `Waves ${info.project.name} ${Date.now()}`);

  // A team, with the leader in it.
  await navTo(page, "Teams");
  await page.getByLabel("Team name").fill("Checkout");
  await page.getByRole("button", { name: "Create team" }).click();
  await page.getByRole("link", { name: "Checkout" }).click();
  await page.getByRole("button", { name: "Add to team" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Lea Leader" }).first()).toBeVisible();

  // A wave of 8 weeks is refused; one of 4 weeks is planned.
  await navTo(page, "Waves");
  await page.getByLabel("Name").fill("Winter wave");
  await page.getByLabel("First day").fill(day(-3));
  await page.getByLabel("Last day").fill(day(52));
  await page.getByRole("button", { name: "Plan wave" }).click();
  await expect(page.getByText(/A wave lasts 2 to 6 weeks/)).toBeVisible();
  await page.getByLabel("Last day").fill(day(24));
  await page.getByRole("button", { name: "Plan wave" }).click();
  await page.getByRole("link", { name: "Winter wave" }).click();
  // It began three days ago: today is its fourth day (the first day is day 1).
  await expect(page.getByText("day 4 of 28, 25 days remaining")).toBeVisible();

  // A wave objective with two key results.
  await page.getByLabel("Objective title").fill("Customers check out in one minute");
  await page.getByLabel("Why it matters").fill("Abandoned carts are our biggest leak.");
  // The form starts with one key-result row; more are added one at a time, up to five.
  await expect(page.getByRole("group", { name: /^Key result 2/ })).toBeHidden();
  await expect(page.locator("summary", { hasText: "Add key result 3" })).toBeHidden();
  await fillKr(page, 1, "Checkout conversion", "numeric", "120", "200");
  await fillKr(page, 2, "Express pay launched", "milestone", "", "");
  for (const n of [3, 4, 5]) await page.locator("summary", { hasText: `Add key result ${n}` }).click();
  await expect(page.getByRole("group", { name: /^Key result 5/ })).toBeVisible();
  await expect(page.locator("summary:visible", { hasText: "Add key result" })).toHaveCount(0);
  await page.getByRole("button", { name: "Add objective" }).click();
  await expect(page.getByRole("link", { name: "Customers check out in one minute" })).toBeVisible();
  await page.getByRole("button", { name: "Start the wave" }).click();
  await expect(page.getByText("Active", { exact: true })).toBeVisible();

  // The team writes an aligned objective; the rationale is required.
  await navTo(page, "Teams");
  await page.getByRole("link", { name: "Checkout" }).click();
  await page.getByLabel("Objective title").fill("Remember card details");
  await page.getByLabel("Alignment rationale").fill("   ");
  await fillKr(page, 1, "Returning buyers using saved cards", "percentage", "20", "40");
  await page.getByRole("button", { name: "Add objective" }).click();
  await expect(page.getByText("the alignment rationale is required")).toBeVisible();
  await page.getByLabel("Alignment rationale").fill("Saved cards skip the slowest step of checkout.");
  await page.getByRole("button", { name: "Add objective" }).click();
  await page.getByRole("link", { name: "Remember card details" }).click();

  // A check-in moves the key result from 20 % to 30 %: halfway to 40 %.
  await page.getByLabel("New value").fill("30");
  await page.getByLabel("Note (optional)").fill("Rolled out to half of the users");
  await page.getByRole("button", { name: "Check in" }).click();
  await expect(page.getByRole("progressbar", { name: "Progress of Returning buyers using saved cards" })).toHaveAttribute(
    "aria-valuenow",
    "50",
  );
  await expect(page.getByText("Check-in history (1)")).toBeVisible();
  // Value and progress are said together, the way the bar counts: 30 % is 50 % of the way.
  await expect(page.getByText("Now 30 % · 50 % of the way from 20 % to 40 %")).toBeVisible();
  // The chart: the wave's four weeks, start and target, the one check-in with its value, the pace, and words.
  const chart = page.locator("svg.kr-chart");
  for (const label of ["W1", "W2", "W3", "W4", "start 20 %", "target 40 %", "30 %"]) await expect(chart.getByText(label, { exact: true })).toHaveCount(1);
  await expect(chart.locator("circle.value-dot")).toHaveCount(1);
  await expect(chart.locator("line.pace-line")).toHaveCount(1);
  await expect(chart).toHaveAttribute("aria-label", /1 check-in, the latest 30 %, where the steady pace to the target expected [\d.]+ %: on or ahead of pace\./);

  // The dashboard shows the team's new score and the alignment.
  await page.getByRole("link", { name: "Home" }).click();
  await expect(page.getByText("days remaining")).toBeVisible();
  await expect(page.getByRole("progressbar", { name: "Score of Checkout" })).toHaveAttribute("aria-valuenow", "50");
  await expect(page.getByText("1 team aligned")).toBeVisible();
});
