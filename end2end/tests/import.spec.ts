import { expect, test } from "@playwright/test";
import { addTeamObjective, createTeam, day, signUp, startWave, uniqueEmail } from "./helpers";
import { readFile } from "node:fs/promises";
import { audit } from "./axe";

test("a leader downloads the template, uploads it with mistakes, fixes the file and imports it", async ({ page }, info) => {
  await signUp(page, "Ivo Importer", uniqueEmail("ivo", info), `Import ${info.project.name} ${Date.now()}`);
  await createTeam(page, "Platform", true);
  await startWave(page, "Spring wave", -2, 25);
  await expect(page.getByRole("heading", { name: "Import objectives from a spreadsheet" })).toBeVisible();

  // The template names the person's team in its example rows.
  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "Download the template (CSV)" }).click()]);
  expect(download.suggestedFilename()).toBe("mistvine-import-template.csv");
  const template = await readFile(await download.path());
  expect(template.toString("utf8")).toContain("Platform,Make setting up effortless");

  // A mistyped team and a target in words: the preview says where, and offers no import.
  const broken = template.toString("utf8").replace("Platform,", "Platfrom,").replace(",40,60,", ",40,sixty,");
  await page.getByLabel(/Spreadsheet \(CSV or Excel/).setInputFiles({ name: "okrs.csv", mimeType: "text/csv", buffer: Buffer.from(broken) });
  await page.getByRole("button", { name: "Preview the import" }).click();
  await expect(page.getByRole("heading", { name: "2 problems to fix" })).toBeVisible();
  await expect(page.getByText("Row 2 · Target")).toBeVisible();
  await expect(page.getByText("“sixty” is not a number.")).toBeVisible();
  await expect(page.getByText("There is no team called “Platfrom” in this organisation.")).toBeVisible();
  await expect(page.getByRole("button", { name: /^Import \d+ objectives?$/ })).toHaveCount(0);
  await audit(page);

  // The fixed file, uploaded from the preview: two objectives, then imported.
  await page.getByLabel(/Spreadsheet \(CSV or Excel/).setInputFiles({ name: "okrs.csv", mimeType: "text/csv", buffer: template });
  await page.getByRole("button", { name: "Preview the import" }).click();
  await expect(page.getByRole("heading", { name: "2 objectives with 3 key results to create" })).toBeVisible();
  await expect(page.getByText("Median time to set up · from 90 minutes to 30 minutes")).toBeVisible();
  await audit(page);
  await page.getByRole("button", { name: "Import 2 objectives" }).click();
  await expect(page.getByText("2 objectives were imported.")).toBeVisible();
  await expect(page).toHaveURL(/\/waves\/\d+\?imported=2/);
  await page.getByRole("link", { name: "New customers get value in their first week" }).click();
  await expect(page.getByRole("heading", { name: "Customers active in their first week" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Onboarding guide published" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Aligned team objectives (1)" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Make setting up effortless" })).toBeVisible();
});

test("a leader starts the next wave from this one and the team adopts its proposed objective in its own words", async ({ page }, info) => {
  await signUp(page, "Lea Leader", uniqueEmail("lea", info), `Proposals ${info.project.name} ${Date.now()}`);
  await createTeam(page, "Platform", true);
  await startWave(page, "Spring wave", -2, 25, { title: "Customers stay", why: "Retention pays for everything else.", kr: ["Monthly churn", "8", "5"] });
  await addTeamObjective(page, "Platform", "Faster support", "Quick answers keep customers.", ["First reply in hours", "numeric", "24", "4"]);

  // The next wave, planned, starts from this one with the team's objective proposed to it.
  await page.goto("/waves");
  await page.getByLabel("Name").fill("Summer wave");
  await page.getByLabel("First day").fill(day(30));
  await page.getByLabel("Last day").fill(day(57));
  await page.getByRole("button", { name: "Plan wave" }).click();
  await page.getByRole("link", { name: "Summer wave" }).click();
  await expect(page.getByRole("heading", { name: "Start from Spring wave" })).toBeVisible();
  await page.getByLabel(/Also propose the teams’ objectives/).check();
  await page.getByRole("button", { name: "Preview the copy" }).click();
  await expect(page.getByText(/will be proposed to their teams as drafts/)).toBeVisible();
  await page.getByRole("button", { name: "Import 2 objectives" }).click();
  await expect(page.getByText("One objective was imported. One team objective was proposed to its team.")).toBeVisible();

  // The team finds it on its page and makes it its own, in its words.
  await page.goto("/teams");
  await page.getByRole("link", { name: "Platform", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Proposed to your team" })).toBeVisible();
  const proposal = page.locator("article.proposal", { has: page.getByRole("heading", { name: "Faster support" }) });
  await expect(proposal.getByText(/^For Summer wave · aligned to “Customers stay”/)).toBeVisible();
  await expect(proposal.getByText("First reply in hours · from 24 to 4")).toBeVisible();
  await audit(page);
  await proposal.getByLabel("Objective title").fill("Answer within the hour");
  await proposal.getByRole("button", { name: "Adopt as our objective" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "Answer within the hour" })).toBeVisible();
  await expect(page.getByRole("heading", { name: "First reply in hours" })).toBeVisible();
  await page.goto("/teams");
  await page.getByRole("link", { name: "Platform", exact: true }).click();
  await expect(page.getByRole("heading", { name: "Proposed to your team" })).toHaveCount(0);
});
