import { expect, test } from "@playwright/test";
import { uniqueEmail } from "./helpers";

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

  await page.getByRole("button", { name: "Log out" }).click();
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
