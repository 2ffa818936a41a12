import { test, expect } from "@playwright/test";
import { confirmEmail, hydrated, logIn, signUp, uniqueEmail } from "./helpers";
import { linkIn, nthMailTo } from "./mail";

// The app sends through its real SMTP client to the run's loopback SMTP
// server; these tests read the messages it received.

test("a forgotten password is reset from the e-mailed link, once", async ({ browser, page }, info) => {
  const email = uniqueEmail("forgot", info);
  await signUp(page, "Fern Forgetful", email, "Forgetful Co");

  const other = await (await browser.newContext()).newPage();
  await other.goto("/login");
  await other.getByRole("link", { name: "Forgot your password?" }).click();
  await other.getByLabel("E-mail").fill(email);
  await other.getByRole("button", { name: "Send me a link" }).click();
  await expect(other.getByRole("status")).toContainText("If an account uses that address, a link to choose a new password is on its way");

  // (The first mail to a new account is the link that confirms its address.)
  const mail = await nthMailTo(email, 2);
  expect(mail.subject).toBe("Reset your Mistvine password");
  const link = linkIn(mail, "/reset/");
  await other.goto(link);
  await expect(other.getByRole("heading", { name: "Choose a new password" })).toBeVisible();
  await expect(other.getByText(`For ${email}.`)).toBeVisible();
  await other.getByLabel("New password").fill("short");
  await other.getByRole("button", { name: "Set new password" }).click();
  // The refusal itself, not the field's hint ("At least 8 characters."),
  // which is always there: the next fill must wait for this answer.
  await expect(other.getByText("Use at least 8 characters for your password.")).toBeVisible();
  await other.getByLabel("New password").fill("a brand new password");
  await other.getByRole("button", { name: "Set new password" }).click();
  await expect(other.getByRole("status")).toContainText("Your new password is set");

  // The first browser was signed out; the new password works, and the link is spent.
  await page.reload();
  await expect(page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Log in" })).toBeVisible();
  await logIn(page, email, "a brand new password");
  await other.goto(link);
  await expect(other.getByText("This reset link has expired or was already used")).toBeVisible();
});

test("an admin invites by e-mail and sets when the weekly e-mails go", async ({ browser, page }, info) => {
  await signUp(page, "Ivy Inviter", uniqueEmail("inviter", info), "Inviting Co");
  await page.goto("/admin");
  await hydrated(page);
  const invitee = uniqueEmail("invitee", info);
  await page.getByLabel("Their e-mail address").fill(invitee);
  await page.getByRole("button", { name: "Send invite" }).click();
  await expect(page.getByText("Invite sent.")).toBeVisible();

  const mail = await nthMailTo(invitee);
  expect(mail.subject).toBe("Ivy Inviter invited you to Inviting Co on Mistvine");
  const join = await (await browser.newContext()).newPage();
  await join.goto(linkIn(mail, "/join/"));
  await join.getByLabel("Your name").fill("Ian Invitee");
  await join.getByLabel("E-mail").fill(invitee);
  await join.getByLabel("Password").fill("a fine password");
  await join.getByRole("button", { name: "Create account and join" }).click();
  await expect(join.getByRole("heading", { name: "Check your inbox" })).toBeVisible();
  await confirmEmail(join, invitee);
  await expect(join.getByRole("heading", { name: "Welcome, Ian" })).toBeVisible();

  const section = page.locator("section#email");
  await section.getByLabel("Time zone").fill("Mars/Olympus");
  await section.getByRole("button", { name: "Save e-mail schedule" }).click();
  await expect(section.getByText("Enter a time zone by its name")).toBeVisible();
  await section.getByLabel("Time zone").fill("Europe/Berlin");
  await section.getByLabel("Reminder day").selectOption("Tuesday");
  await section.getByLabel("Time of day").fill("10:30");
  await section.getByRole("button", { name: "Save e-mail schedule" }).click();
  await expect(section.getByText("Saved.")).toBeVisible();
  await page.reload();
  await expect(section.getByLabel("Time zone")).toHaveValue("Europe/Berlin");
  await expect(section.getByLabel("Reminder day")).toHaveValue("2");
  await expect(section.getByLabel("Time of day")).toHaveValue("10:30");
});

test("each person turns the weekly e-mails off on their account page", async ({ page }, info) => {
  await signUp(page, "Otto Optout", uniqueEmail("optout", info), "Quiet Co");
  await page.goto("/account#email");
  await hydrated(page);
  const reminders = page.getByLabel("Weekly reminder to vote and to write my team's PPP");
  const digest = page.getByLabel(/Friday digest for leaders/);
  await expect(reminders).toBeChecked();
  await expect(digest).toBeChecked();
  await reminders.uncheck();
  await page.getByRole("button", { name: "Save e-mail choices" }).click();
  await expect(page.locator("section#email").getByText("Saved.")).toBeVisible();
  await page.reload();
  await expect(reminders).not.toBeChecked();
  await expect(digest).toBeChecked();
});
