import { expect, test } from "@playwright/test";
import { addTeamObjective, createTeam, inviteLink, joinViaInvite, signUp, startWave, uniqueEmail } from "./helpers";

test("a PPP problem becomes a boost that another team accepts and completes", async ({ browser, page }, info) => {
  await signUp(page, "Bea Billing", uniqueEmail("bea", info), `Boosts ${info.project.name} ${Date.now()}`);
  await createTeam(page, "Billing", true);
  await createTeam(page, "Data");

  // A colleague joins and goes into Data.
  const invite = await inviteLink(page);
  const danEmail = uniqueEmail("dan", info);
  const { context: other, page: dan } = await joinViaInvite(browser, invite, "Dan Data", danEmail);
  await page.goto("/teams");
  await page.getByRole("link", { name: "Data" }).click();
  await page.getByLabel("Person").selectOption({ label: `Dan Data (${danEmail})` });
  await page.getByRole("button", { name: "Add to team" }).click();
  await expect(page.getByRole("listitem").filter({ hasText: "Dan Data" })).toBeVisible();

  // An active wave, and a Billing objective.
  await startWave(page, "Boost wave", 0, 20, { title: "Get paid on time", why: "Cash flow.", kr: ["Days sales outstanding", "45", "30"] });
  await addTeamObjective(page, "Billing", "Automatic reminders", "Reminders shorten payment delays.", ["Invoices paid late", "numeric", "30", "10"]);

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

  // The dashboard still lists the problem, and says its boost is done.
  await page.goto("/");
  const problem = page.getByRole("listitem").filter({ hasText: "We need an export of overdue invoices" });
  await expect(problem.getByText("Its boost is done.")).toBeVisible();
  await problem.getByRole("link", { name: "Solved? Mark it on the boost" }).click();

  await expect(page).toHaveURL(boostUrl);
  await expect(page.getByText("Billing asks Data · Done")).toBeVisible();
  await expect(page.getByRole("listitem").filter({ hasText: "In flight" })).toBeVisible();
  await page.getByRole("button", { name: "Mark the problem solved" }).click();
  await expect(page.getByRole("status").filter({ hasText: "Marked solved." })).toBeVisible();
  await page.goto("/");
  await expect(page.getByText("We need an export of overdue invoices")).toHaveCount(0);
});
