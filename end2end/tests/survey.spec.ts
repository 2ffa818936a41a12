import { Browser, expect, Page, test } from "@playwright/test";
import { inviteLink, joinViaInvite, signUp, startWave, uniqueEmail } from "./helpers";

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

async function colleagueAnswers(browser: Browser, invite: string, name: string, email: string, answer: string) {
  const { context, page } = await joinViaInvite(browser, invite, name, email);
  await answerAll(page, answer);
  await context.close();
}

test("three members answer the organisation survey and the admin sees the aggregate", async ({ browser, page }, info) => {
  await signUp(page, "Sara Survey", uniqueEmail("sara", info), `Survey ${info.project.name} ${Date.now()}`);
  await startWave(page, "Survey wave", -2, 25);

  await page.getByRole("link", { name: "Survey", exact: true }).click();
  await page.getByRole("button", { name: "Open the survey" }).click();
  await answerAll(page, "Agree");
  await expect(page.getByText("Fewer than 3 answers so far")).toBeVisible();

  const invite = await inviteLink(page);
  await colleagueAnswers(browser, invite, "Tom Two", uniqueEmail("tom", info), "Strongly agree");
  await colleagueAnswers(browser, invite, "Nia Three", uniqueEmail("nia", info), "Neutral");

  await page.goto("/survey");
  await expect(page.getByText("3 answers · Autonomous (75 / 100)")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Live signals in Survey wave" })).toBeVisible();
});
