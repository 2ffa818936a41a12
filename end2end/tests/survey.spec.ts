import { BrowserContext, expect, Page, test } from "@playwright/test";
import { inviteLink, joinedTwoWeeksAgo, joinViaInvite, signUp, startWave, uniqueEmail, navTo } from "./helpers";

async function answerAll(page: Page, answer: string) {
  await page.goto("/survey");
  const statements = page.locator("fieldset.statement");
  await expect(statements).toHaveCount(20);
  for (let i = 0; i < 20; i++) {
    await statements.nth(i).getByLabel(answer, { exact: true }).check();
  }
  await page.getByRole("button", { name: "Send my answers" }).click();
  await expect(page.getByText(/Thank you: you have answered the survey/)).toBeVisible();
}

async function colleagueAnswers(colleague: { context: BrowserContext; page: Page }, answer: string) {
  await answerAll(colleague.page, answer);
  await colleague.context.close();
}

test("three members answer the organisation survey and the admin sees the aggregate once it closes", async ({ browser, page }, info) => {
  const org = `Survey ${info.project.name} ${Date.now()}`;
  await signUp(page, "Sara Survey", uniqueEmail("sara", info), org);
  // The survey counts people who were members a full week before it opened;
  // these joined two weeks ago.
  const invite = await inviteLink(page, 2);
  const tom = await joinViaInvite(browser, invite, "Tom Two", uniqueEmail("tom", info));
  const nia = await joinViaInvite(browser, invite, "Nia Three", uniqueEmail("nia", info));
  joinedTwoWeeksAgo(org);
  await startWave(page, "Survey wave", -2, 25);

  await navTo(page, "Survey");
  // The admin is told once that none is open, next to the way to open one.
  await expect(page.getByRole("heading", { name: "No survey is open yet for Survey wave" })).toBeVisible();
  await expect(page.getByText("No survey is open right now.")).toHaveCount(0);
  await page.getByRole("button", { name: "Open the survey" }).click();
  // The page loads again with the survey open (only then may the test move on).
  await expect(page.getByRole("button", { name: "Send my answers" })).toBeVisible();
  await answerAll(page, "Agree");
  await colleagueAnswers(tom, "Strongly agree");
  await colleagueAnswers(nia, "Neutral");

  // While it is open nothing shows, not even how many answered.
  await page.goto("/survey");
  await expect(page.getByText("Open: results show once the survey closes.")).toBeVisible();
  await expect(page.getByText(/answers ·/)).toHaveCount(0);
  await expect(page.getByRole("button", { name: "Close the survey and show results" })).toBeHidden();
  await page.locator("summary", { hasText: "Close the survey…" }).click();
  await page.getByRole("button", { name: "Close the survey and show results" }).click();
  await expect(page.getByText("3 answers · Autonomous (75 / 100)")).toBeVisible();
  // Everyone answered every statement alike: no dimension is singled out.
  await expect(page.getByText("Every dimension scores 75 / 100: none holds the others back")).toBeVisible();
  await expect(page.getByText(/Work on .* first/)).toHaveCount(0);
  await expect(page.getByRole("heading", { name: "Live signals in Survey wave" })).toBeVisible();
});
