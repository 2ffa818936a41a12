import { BrowserContext, expect, Page, test } from "@playwright/test";
import { addTeamObjective, createTeam, hydrated, inviteLink, joinedTwoWeeksAgo, joinViaInvite, signUp, startWave, uniqueEmail, navTo } from "./helpers";

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

test("members vote anonymously, see who votes beside them, change a vote, and live results appear only from 6 voters", async ({ browser, page }, info) => {
  const org = `Votes ${info.project.name} ${Date.now()}`;
  await signUp(page, "Vera Voter", uniqueEmail("vera", info), org);

  // Set-up: a team with Vera in it, five colleagues who join with one link,
  // an active wave with a wave objective and a team objective.
  await createTeam(page, "Support", true);
  const invite = await inviteLink(page, 5);
  const colleagues = [];
  for (const name of ["Carla", "Dan", "Eve", "Finn", "Gus"]) {
    colleagues.push(await joinViaInvite(browser, invite, `${name} Colleague`, uniqueEmail(name.toLowerCase(), info)));
  }
  // People vote once they have been members for a full week before the
  // week begins; this organisation's people joined two weeks ago.
  joinedTwoWeeksAgo(org);
  await startWave(page, "Spring wave", -1, 26, { title: "Happy customers", why: "Happy customers stay.", kr: ["NPS", "20", "40"] });
  await addTeamObjective(page, "Support", "Answer within an hour", "Fast answers make customers happy.", ["Median first reply", "numeric", "180", "60"]);

  // Results of the running week show live in this organisation.
  await page.goto("/admin");
  await hydrated(page); // "Saved." is the hydrated form's note
  await page.getByLabel("Show this week's results before the week ends").check();
  await page.getByRole("button", { name: "Save voting settings" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();

  // Vera sees who votes beside her on each objective, new members marked.
  await page.getByRole("link", { name: "Vote", exact: true }).click();
  await expect(page.getByText("0 of 2 voted this week")).toBeVisible();
  const beside = card(page, "Happy customers").locator("p.co-voters");
  await expect(beside).toContainText("Voting with you:");
  await expect(beside.locator("mark.new-voter")).toHaveCount(5);
  await expect(beside.locator("mark.new-voter", { hasText: "Carla Colleague (new: joined" })).toBeVisible();
  await expect(card(page, "Answer within an hour").getByText("Nobody else votes on this objective this week, so its results stay hidden.")).toBeVisible();

  // She votes on every objective in a tap each.
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
  await expect(page.getByRole("img", { name: "Happy customers, week 1: the week is still open" })).toBeVisible();
  // The legend says what the colours and marks mean.
  const legend = page.getByRole("group", { name: "Legend of the heat map" });
  for (const words of ["Struggling", "Exceeding", "fewer than 3 votes: hidden to keep them anonymous", "the week is still open", "dropped two weeks running"]) {
    await expect(legend.getByText(words)).toBeVisible();
  }
  await expect(page.getByText(/Average \d/)).toHaveCount(0);

  // Live results need twice the minimum: with five voters still nothing;
  // the sixth vote releases them.
  const scores = ["3 Steady", "5 Exceeding", "4 Confident", "1 Struggling", "3 Steady"];
  for (let i = 0; i < 4; i++) await voteAs(colleagues[i], scores[i]);
  await page.goto("/confidence");
  await expect(page.getByRole("img", { name: "Happy customers, week 1: the week is still open" })).toBeVisible();
  await expect(page.getByText(/Average \d/)).toHaveCount(0);
  await voteAs(colleagues[4], scores[4]);
  await page.goto("/confidence");
  await expect(page.getByText("Average 3.0 from 6 votes", { exact: true })).toBeVisible();
  await expect(page.getByRole("img", { name: "Happy customers, week 1: average 3.0 from 6 votes" })).toBeVisible();
});
