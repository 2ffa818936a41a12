import { BrowserContext, expect, Page, test } from "@playwright/test";
import { addTeamObjective, createTeam, hydrated, inviteLink, joinViaInvite, signUp, startWave, uniqueEmail, navTo } from "./helpers";

/** The vote card of one objective. */
function card(page: Page, title: string) {
  return page.locator("section.vote-card").filter({ has: page.getByRole("heading", { name: title }) });
}

async function voteAs(colleague: { context: BrowserContext; page: Page }, score: string) {
  const { context, page } = colleague;
  await page.goto("/vote");
  await card(page, "Happy customers").getByRole("button", { name: score }).click();
  await expect(card(page, "Happy customers").getByText("Voted ✓")).toBeVisible();
  await context.close();
}

test("members vote anonymously, change a vote, and results appear only from 3 voters", async ({ browser, page }, info) => {
  await signUp(page, "Vera Voter", uniqueEmail("vera", info), `Votes ${info.project.name} ${Date.now()}`);

  // Set-up: a team with Vera in it, an active wave with a wave objective and a team objective.
  await createTeam(page, "Support", true);
  // Two colleagues join with one link made for two people, before the wave
  // starts: people who join during a week vote from the next week on.
  const invite = await inviteLink(page, 2);
  const carla = await joinViaInvite(browser, invite, "Carla Colleague", uniqueEmail("carla", info));
  const dan = await joinViaInvite(browser, invite, "Dan Colleague", uniqueEmail("dan", info));
  await startWave(page, "Spring wave", -1, 26, { title: "Happy customers", why: "Happy customers stay.", kr: ["NPS", "20", "40"] });
  await addTeamObjective(page, "Support", "Answer within an hour", "Fast answers make customers happy.", ["Median first reply", "numeric", "180", "60"]);

  // Results of the running week show live in this organisation.
  await page.goto("/admin");
  await hydrated(page); // "Saved." is the hydrated form's note
  await page.getByLabel("Show this week's results before the week ends").check();
  await page.getByRole("button", { name: "Save voting settings" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();

  // Vera votes on every objective in a tap each.
  await page.getByRole("link", { name: "Vote", exact: true }).click();
  await expect(page.getByText("0 of 2 voted this week")).toBeVisible();
  await card(page, "Happy customers").getByRole("button", { name: "4 Confident" }).click();
  await expect(card(page, "Happy customers").getByText("Voted ✓")).toBeVisible();
  await card(page, "Answer within an hour").getByRole("button", { name: "3 Steady" }).click();
  await expect(page.getByText("2 of 2 voted this week")).toBeVisible();

  // After a reload she still sees what she voted, and changes one vote.
  await page.reload();
  await expect(card(page, "Happy customers").getByText("your vote: 4 Confident")).toBeVisible();
  await expect(card(page, "Answer within an hour").getByText("your vote: 3 Steady")).toBeVisible();
  await card(page, "Happy customers").getByRole("button", { name: "2 Concerned" }).click();
  await expect(card(page, "Happy customers").getByText("your vote: 2 Concerned")).toBeVisible();
  await expect(card(page, "Happy customers").getByRole("button", { name: "2 Concerned" })).toHaveAttribute("aria-pressed", "true");

  // One voter: no numbers anywhere on the results page.
  await navTo(page, "Confidence");
  await expect(page.getByRole("img", { name: /Happy customers, week 1: fewer than 3 votes/ })).toBeVisible();
  // The legend says what the colours and marks mean.
  const legend = page.getByRole("group", { name: "Legend of the heat map" });
  for (const words of ["Struggling", "Exceeding", "fewer than 3 votes: hidden to keep them anonymous", "the week is still open", "dropped two weeks running"]) {
    await expect(legend.getByText(words)).toBeVisible();
  }
  await expect(page.getByText(/Average \d/)).toHaveCount(0);

  // The two colleagues vote; with three voters the average appears.
  await voteAs(carla, "3 Steady");
  await page.goto("/confidence");
  await expect(page.getByText(/Average \d/)).toHaveCount(0);
  await voteAs(dan, "5 Exceeding");
  await page.goto("/confidence");
  await expect(page.getByText("Average 3.3 from 3 votes", { exact: true })).toBeVisible();
  await expect(page.getByRole("img", { name: "Happy customers, week 1: average 3.3 from 3 votes" })).toBeVisible();
});
