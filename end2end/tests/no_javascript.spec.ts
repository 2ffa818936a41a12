import { expect, test } from "@playwright/test";
import { confirmEmail, createTeam, signUp, uniqueEmail, logOut } from "./helpers";
import { linkIn, nthMailTo } from "./mail";

// Forms must work before the WebAssembly loads (slow phones, flaky trains):
// with JavaScript off they post, redirect back, and show the same messages.
test.use({ javaScriptEnabled: false });

test("sign-up, a refused log-in and log-in work without JavaScript", async ({ page }, info) => {
  const email = uniqueEmail("nojs", info);
  await page.goto("/signup");
  await page.getByLabel("Your name").fill("Nora NoScript");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill("tiny");
  await page.getByLabel("Organisation name").fill("Plain HTML Ltd");
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page.getByText("Use at least 8 characters for your password.")).toBeVisible();

  await page.getByLabel("Your name").fill("Nora NoScript");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill("long enough secret");
  await page.getByLabel("Organisation name").fill("Plain HTML Ltd");
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page.getByRole("heading", { name: "Welcome, Nora" })).toBeVisible();
  // Her address, confirmed from the e-mailed link: a plain form too.
  await expect(page.locator(".confirm-banner")).toContainText(`open the link we sent to ${email}`);
  await confirmEmail(page, email);

  await logOut(page);
  await expect(page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Log in" })).toBeVisible();
  await expect(page.getByRole("button", { name: "Log out" })).toHaveCount(0);

  await page.goto("/login");
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill("not the password");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("alert")).toHaveText("That e-mail address and password do not match an account.");

  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill("long enough secret");
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page.getByRole("heading", { name: "Welcome, Nora" })).toBeVisible();
});

test("without JavaScript every area is still reached from the bar", async ({ page }, info) => {
  await signUp(page, "Nia Nojs", uniqueEmail("nia", info), `Header nojs ${info.project.name} ${Date.now()}`);
  const survey = page.getByRole("link", { name: "Survey", exact: true });
  if (info.project.name === "phone") {
    // Behind the menu, which is a checkbox and its label: no script needed to open it.
    await expect(survey).toBeHidden();
    await page.locator("label.menu-button").click();
  }
  await survey.click();
  await expect(page.getByRole("heading", { name: "Aligned Autonomy survey" })).toBeVisible();
});

test("archiving a team asks first, without JavaScript too", async ({ page }, info) => {
  await signUp(page, "Ari Archive", uniqueEmail("ari", info), `Archive nojs ${info.project.name} ${Date.now()}`);
  await createTeam(page, "Legacy");
  await page.getByRole("link", { name: "Legacy", exact: true }).click();
  const archive = page.getByRole("button", { name: "Archive team" });
  await expect(archive).toBeHidden();
  await page.locator("summary", { hasText: "Archive team…" }).click();
  await expect(page.getByText(/removes it from the active lists until someone restores it/)).toBeVisible();
  await archive.click();
  await expect(page.getByRole("button", { name: "Restore team" })).toBeVisible();
});

test("a password is reset from the e-mailed link without JavaScript", async ({ page }, info) => {
  const email = uniqueEmail("nojs-reset", info);
  await signUp(page, "Rita Reset", email, "Reset Ltd");
  await logOut(page);
  await page.goto("/forgot");
  await page.getByLabel("E-mail").fill(email);
  await page.getByRole("button", { name: "Send me a link" }).click();
  await expect(page.getByRole("status")).toContainText("a link to choose a new password is on its way");
  await page.goto(linkIn(await nthMailTo(email, 2), "/reset/"));
  await page.getByLabel("New password").fill("tiny");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByText("Use at least 8 characters for your password.")).toBeVisible();
  await page.getByLabel("New password").fill("a long new secret");
  await page.getByRole("button", { name: "Set new password" }).click();
  await expect(page.getByRole("status")).toContainText("Your new password is set");
});
