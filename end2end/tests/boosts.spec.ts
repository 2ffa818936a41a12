import { expect, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers";

function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

test("a PPP problem becomes a boost that another team accepts and completes", async ({ browser, page }, info) => {
  await signUp(page, "Bea Billing", uniqueEmail("bea", info), `Boosts ${info.project.name} ${Date.now()}`);
  for (const name of ["Billing", "Data"]) {
    await page.goto("/teams");
    await page.getByLabel("Team name").fill(name);
    await page.getByRole("button", { name: "Create team" }).click();
    await expect(page.getByRole("link", { name })).toBeVisible();
  }
  await page.getByRole("link", { name: "Billing" }).click();
  await page.getByRole("button", { name: "Add to team" }).click();

  // A colleague joins and goes into Data.
  await page.goto("/admin");
  await page.getByRole("button", { name: "Create invite link" }).click();
  const invite = await page.getByLabel(/New invite link/).inputValue();
  const other = await browser.newContext();
  const dan = await other.newPage();
  const danEmail = uniqueEmail("dan", info);
  await dan.goto(invite);
  await dan.getByLabel("Your name").fill("Dan Data");
  await dan.getByLabel("E-mail").fill(danEmail);
  await dan.getByLabel("Password").fill("data all day");
  await dan.getByRole("button", { name: "Create account and join" }).click();
  await expect(dan.getByRole("heading", { name: "Welcome, Dan" })).toBeVisible();
  await page.goto("/teams");
  await page.getByRole("link", { name: "Data" }).click();
  await page.getByLabel("Person").selectOption({ label: `Dan Data (${danEmail})` });
  await page.getByRole("button", { name: "Add to team" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Dan Data" })).toBeVisible();

  // An active wave, and a Billing objective.
  await page.goto("/waves");
  await page.getByLabel("Name").fill("Boost wave");
  await page.getByLabel("First day").fill(day(0));
  await page.getByLabel("Last day").fill(day(20));
  await page.getByRole("button", { name: "Plan wave" }).click();
  await page.getByRole("link", { name: "Boost wave" }).click();
  await page.getByLabel("Objective title").fill("Get paid on time");
  await page.getByLabel("Why it matters").fill("Cash flow.");
  const kr = page.getByRole("group", { name: /^Key result 1/ });
  await kr.getByLabel("Title").fill("Days sales outstanding");
  await kr.getByLabel("Start").fill("45");
  await kr.getByLabel("Target").fill("30");
  await page.getByRole("button", { name: "Add objective" }).click();
  await page.getByRole("button", { name: "Start the wave" }).click();
  await expect(page.getByText("Active", { exact: true })).toBeVisible();
  await page.goto("/teams");
  await page.getByRole("link", { name: "Billing" }).click();
  await page.getByLabel("Objective title").fill("Automatic reminders");
  await page.getByLabel("Alignment rationale").fill("Reminders shorten payment delays.");
  const tkr = page.getByRole("group", { name: /^Key result 1/ });
  await tkr.getByLabel("Title").fill("Invoices paid late");
  await tkr.getByLabel("Start").fill("30");
  await tkr.getByLabel("Target").fill("10");
  await page.getByRole("button", { name: "Add objective" }).click();
  await expect(page.getByRole("link", { name: "Automatic reminders" })).toBeVisible();

  // The PPP problem turns into a boost to Data in one click (and one submit).
  await page.getByLabel("Problems", { exact: true }).fill("We need an export of overdue invoices");
  await page.getByRole("button", { name: "Save PPP" }).click();
  await page.getByRole("link", { name: "Ask for a boost" }).click();
  await expect(page.getByLabel("What you need")).toHaveValue("We need an export of overdue invoices");
  await page.getByLabel("Ask", { exact: true }).selectOption({ label: "Data" });
  await page.getByRole("button", { name: "Ask for a boost" }).click();
  await expect(page.getByRole("heading", { name: "We need an export of overdue invoices" })).toBeVisible();
  await expect(page.getByText("Billing asks Data · Open")).toBeVisible();
  const boostUrl = page.url();

  // Dan, in Data, accepts it, names himself, and completes it.
  await dan.goto("/boosts");
  await dan.getByRole("link", { name: "We need an export of overdue invoices" }).click();
  await dan.getByLabel("Who in Data will help").selectOption({ label: "Dan Data" });
  await dan.getByRole("button", { name: "Accept this boost" }).click();
  await expect(dan.getByText("Dan Data of Data helps.")).toBeVisible();
  await dan.getByRole("button", { name: "Mark as done" }).click();
  await expect(dan.getByText("Billing asks Data · Done")).toBeVisible();
  await other.close();

  await page.goto(boostUrl);
  await expect(page.getByText("Billing asks Data · Done")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "In flight" })).toBeVisible();
});
