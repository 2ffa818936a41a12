import { Browser, expect, Page, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers";

function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

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
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(invite);
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill("survey says yes");
  await page.getByRole("button", { name: "Create account and join" }).click();
  await expect(page.getByRole("heading", { name: `Welcome, ${name.split(" ")[0]}` })).toBeVisible();
  await answerAll(page, answer);
  await context.close();
}

test("three members answer the organisation survey and the admin sees the aggregate", async ({ browser, page }, info) => {
  await signUp(page, "Sara Survey", uniqueEmail("sara", info), `Survey ${info.project.name} ${Date.now()}`);
  await page.goto("/waves");
  await page.getByLabel("Name").fill("Survey wave");
  await page.getByLabel("First day").fill(day(-2));
  await page.getByLabel("Last day").fill(day(25));
  await page.getByRole("button", { name: "Plan wave" }).click();
  await page.getByRole("link", { name: "Survey wave" }).click();
  await page.getByRole("button", { name: "Start the wave" }).click();
  await expect(page.getByText("Active", { exact: true })).toBeVisible();

  await page.getByRole("link", { name: "Survey", exact: true }).click();
  await page.getByRole("button", { name: "Open the survey" }).click();
  await answerAll(page, "Agree");
  await expect(page.getByText("Fewer than 3 answers so far")).toBeVisible();

  await page.goto("/admin");
  await page.getByRole("button", { name: "Create invite link" }).click();
  const invite = await page.getByLabel(/New invite link/).inputValue();
  await colleagueAnswers(browser, invite, "Tom Two", uniqueEmail("tom", info), "Strongly agree");
  await colleagueAnswers(browser, invite, "Nia Three", uniqueEmail("nia", info), "Neutral");

  await page.goto("/survey");
  await expect(page.getByText("3 answers · Autonomous (75 / 100)")).toBeVisible();
  await expect(page.getByRole("heading", { name: "Live signals in Survey wave" })).toBeVisible();
});
