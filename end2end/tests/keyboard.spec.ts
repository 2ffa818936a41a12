import { expect, Page, test } from "@playwright/test";
import { confirmEmail, createTeam, hydrated, joinedTwoWeeksAgo, logOut, signUp, startWave, tabTo, uniqueEmail } from "./helpers";

// Journeys done with the keyboard alone: only Tab, typing, Enter, Space and
// arrow keys; nothing is clicked. Set-up is done the usual way.

async function typeInto(page: Page, label: RegExp | string, text: string, scope = page.locator("main")) {
  await tabTo(page, scope.getByLabel(label, { exact: typeof label === "string" }));
  await page.keyboard.type(text);
}

test("keyboard only: log in, reach the vote page from the bar, vote and change the vote", async ({ page }, info) => {
  const email = uniqueEmail("kira", info);
  const org = `Keyboard votes ${info.project.name} ${Date.now()}`;
  await signUp(page, "Kira Keys", email, org);
  // Confirmed, so that she may log in again with her password.
  await confirmEmail(page, email);
  await createTeam(page, "Keys", true);
  // She votes once she has been a member for a full week before the week begins.
  joinedTwoWeeksAgo(org);
  await startWave(page, "Keyboard wave", -1, 26, { title: "Every key counts", why: "Some people never use a mouse.", kr: ["Journeys", "0", "2"] });
  await logOut(page);

  await page.goto("/login");
  await hydrated(page);
  await typeInto(page, "E-mail", email);
  await typeInto(page, "Password", "correct horse");
  await page.keyboard.press("Enter");
  const bar = page.getByRole("navigation", { name: "Main" });
  await expect(bar).toBeVisible();
  await hydrated(page);

  await tabTo(page, bar.getByRole("link", { name: "Vote", exact: true }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "This week's confidence", level: 1 })).toBeVisible();
  await hydrated(page);
  const card = page.locator("section.vote-card").filter({ has: page.getByRole("heading", { name: "Every key counts" }) });
  await tabTo(page, card.getByRole("button", { name: "4 Confident" }));
  await page.keyboard.press("Enter");
  await expect(card.getByText("your vote: 4 Confident")).toBeVisible();
  await expect(page.getByText("1 of 1 voted this week")).toBeVisible();

  // Changing it: the focus is still in the card, so Tab and Space reach the next score.
  await tabTo(page, card.getByRole("button", { name: "5 Exceeding" }), 5);
  await page.keyboard.press("Space");
  await expect(card.getByText("your vote: 5 Exceeding")).toBeVisible();
  await expect(card.getByRole("button", { name: "5 Exceeding" })).toHaveAttribute("aria-pressed", "true");
});

test("keyboard only: create an objective with two key results", async ({ page }, info) => {
  await signUp(page, "Kemal Keys", uniqueEmail("kemal", info), `Keyboard objectives ${info.project.name} ${Date.now()}`);
  await createTeam(page, "Typists", true);
  await startWave(page, "Typing wave", -1, 26, { title: "Fewer mice", why: "Hands stay on the keys.", kr: ["Shortcuts", "0", "10"] });

  await page.goto("/teams");
  await hydrated(page);
  await tabTo(page, page.getByRole("link", { name: "Typists", exact: true }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Typists", level: 1 })).toBeVisible();
  await hydrated(page);

  await typeInto(page, "Objective title", "Tab through every form");
  await typeInto(page, "Alignment rationale", "Fewer mice means every form must work from the keys.");
  const first = page.getByRole("group", { name: /^Key result 1/ });
  await typeInto(page, "Title", "Forms checked", first);
  await typeInto(page, "Start", "0", first);
  await typeInto(page, "Target", "12", first);
  // The second row opens on demand, from the keyboard too.
  await tabTo(page, page.locator("summary", { hasText: "Add key result 2" }));
  await page.keyboard.press("Enter");
  const second = page.getByRole("group", { name: /^Key result 2/ });
  await typeInto(page, "Title", "Pages without a trap", second);
  await tabTo(page, second.getByLabel("Kind"));
  // Arrow keys move a closed list to its next choice: Number, then Percentage.
  await page.keyboard.press("ArrowDown");
  await expect(second.getByLabel("Kind")).toHaveValue("percentage");
  await typeInto(page, "Start", "40", second);
  await typeInto(page, "Target", "100", second);
  await tabTo(page, page.getByRole("button", { name: "Add objective" }));
  await page.keyboard.press("Enter");

  const link = page.getByRole("link", { name: "Tab through every form" });
  await expect(link).toBeVisible();
  await tabTo(page, link, 200);
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Tab through every form", level: 1 })).toBeVisible();
  await expect(page.getByRole("heading", { name: "Pages without a trap" })).toBeVisible();
  await expect(page.getByText(/40 %.*100 %/).first()).toBeVisible();
});
