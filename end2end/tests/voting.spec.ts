import { Browser, expect, Page, test } from "@playwright/test";
import { signUp, uniqueEmail } from "./helpers";

function day(offset: number): string {
  return new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);
}

/** The vote card of one objective. */
function card(page: Page, title: string) {
  return page.locator("section.vote-card").filter({ has: page.getByRole("heading", { name: title }) });
}

async function joinAndVote(browser: Browser, invite: string, name: string, email: string, score: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(invite);
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill("a fine password");
  await page.getByRole("button", { name: "Create account and join" }).click();
  await expect(page.getByRole("heading", { name: `Welcome, ${name.split(" ")[0]}` })).toBeVisible();
  await page.goto("/vote");
  await card(page, "Happy customers").getByRole("button", { name: score }).click();
  await expect(card(page, "Happy customers").getByText("Voted ✓")).toBeVisible();
  await context.close();
}

test("members vote anonymously, change a vote, and results appear only from 3 voters", async ({ browser, page }, info) => {
  await signUp(page, "Vera Voter", uniqueEmail("vera", info), `Votes ${info.project.name} ${Date.now()}`);

  // Set-up: a team with Vera in it, an active wave with a wave objective and a team objective.
  await page.goto("/teams");
  await page.getByLabel("Team name").fill("Support");
  await page.getByRole("button", { name: "Create team" }).click();
  await page.getByRole("link", { name: "Support" }).click();
  await page.getByRole("button", { name: "Add to team" }).click();
  await page.goto("/waves");
  await page.getByLabel("Name").fill("Spring wave");
  await page.getByLabel("First day").fill(day(-1));
  await page.getByLabel("Last day").fill(day(26));
  await page.getByRole("button", { name: "Plan wave" }).click();
  await page.getByRole("link", { name: "Spring wave" }).click();
  await page.getByLabel("Objective title").fill("Happy customers");
  await page.getByLabel("Why it matters").fill("Happy customers stay.");
  const kr = page.getByRole("group", { name: /^Key result 1/ });
  await kr.getByLabel("Title").fill("NPS");
  await kr.getByLabel("Start").fill("20");
  await kr.getByLabel("Target").fill("40");
  await page.getByRole("button", { name: "Add objective" }).click();
  await page.getByRole("button", { name: "Start the wave" }).click();
  await expect(page.getByText("Active", { exact: true })).toBeVisible();
  await page.goto("/teams");
  await page.getByRole("link", { name: "Support" }).click();
  await page.getByLabel("Objective title").fill("Answer within an hour");
  await page.getByLabel("Alignment rationale").fill("Fast answers make customers happy.");
  const tkr = page.getByRole("group", { name: /^Key result 1/ });
  await tkr.getByLabel("Title").fill("Median first reply");
  await tkr.getByLabel("Start").fill("180");
  await tkr.getByLabel("Target").fill("60");
  await page.getByRole("button", { name: "Add objective" }).click();
  await expect(page.getByRole("link", { name: "Answer within an hour" })).toBeVisible();

  // Results of the running week show live in this organisation.
  await page.goto("/admin");
  await page.getByLabel("Show this week's results before the week ends").check();
  await page.getByRole("button", { name: "Save voting settings" }).click();
  await expect(page.getByText("Saved.")).toBeVisible();

  // Vera votes on every objective in a tap each.
  await page.getByRole("link", { name: "Vote" }).click();
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
  await page.getByRole("link", { name: "Confidence" }).click();
  await expect(page.getByRole("img", { name: /Happy customers, week 1: fewer than 3 votes/ })).toBeVisible();
  await expect(page.getByText(/Average \d/)).toHaveCount(0);

  // Two colleagues join and vote; with three voters the average appears.
  await page.goto("/admin");
  await page.getByRole("button", { name: "Create invite link" }).click();
  const invite = await page.getByLabel(/New invite link/).inputValue();
  await joinAndVote(browser, invite, "Carla Colleague", uniqueEmail("carla", info), "3 Steady");
  await page.goto("/confidence");
  await expect(page.getByText(/Average \d/)).toHaveCount(0);
  await joinAndVote(browser, invite, "Dan Colleague", uniqueEmail("dan", info), "5 Exceeding");
  await page.goto("/confidence");
  await expect(page.getByText("Average 3.3 from 3 votes", { exact: true })).toBeVisible();
  await expect(page.getByRole("img", { name: "Happy customers, week 1: average 3.3 from 3 votes" })).toBeVisible();
});
