import { expect, test } from "@playwright/test";

test("a visitor without an account takes the scorecard and sees where to start", async ({ page }) => {
  await page.goto("/scorecard");
  const statements = page.locator("fieldset.statement");
  await expect(statements).toHaveCount(20);
  for (let i = 0; i < 20; i++) {
    // Context Flow (statements 11 to 15) is the weak spot.
    const answer = i >= 10 && i < 15 ? "Disagree" : "Agree";
    await statements.nth(i).getByLabel(answer, { exact: true }).check();
  }
  await page.getByRole("button", { name: "See my result" }).click();
  await expect(page.getByRole("heading", { name: "You are Aligned" })).toBeVisible();
  await expect(page.getByText("Overall 63 out of 100.")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Work on Context Flow first" })).toBeVisible();
  await expect(page.getByRole("img", { name: /Scores out of 100: Strategic Clarity 75, Decision Autonomy 75, Context Flow 25/ })).toBeVisible();
  await expect(page.getByRole("link", { name: "Start a workspace" }).last()).toBeVisible();
});

test("an incomplete scorecard says how many statements are open", async ({ page }) => {
  const res = await page.goto("/scorecard/result?sc1=4&sc2=5");
  expect(res?.status()).toBe(422);
  await expect(page.getByText("Answer every statement: 18 of 20 are still open.")).toBeVisible();
});
