import { expect, test } from "@playwright/test";
import { hydrated, navTo, openMenu, signUp, uniqueEmail } from "./helpers";

// Single sign-on through a real OpenID Connect provider (oidc-provider.mjs,
// started by playwright.config.ts): an admin connects it, a colleague signs
// in through it and becomes a member, and signing out offers the provider's
// sign-out too.
const issuer = process.env.E2E_IDP!;

test("an admin connects the company's provider and a colleague signs in through it", async ({ browser, page }, info) => {
  const domain = `${info.project.name}-${Date.now()}.test`;
  const org = `Acme SSO ${info.project.name} ${Date.now()}`;
  await signUp(page, "Olga Owner", uniqueEmail("olga", info), org);
  await navTo(page, "Admin");
  await hydrated(page);
  const section = page.locator("#sso");
  await expect(section.locator("#sso-redirect-uri")).toHaveText(/\/sso\/callback$/);
  // A wrong issuer is said next to its field, before anyone tries to sign in.
  await section.getByLabel("Provider's name").fill("Test ID");
  await section.getByLabel("Issuer URL").fill(`${issuer}/no-such-issuer`);
  await section.getByLabel("Client ID").fill("mistvine");
  await section.getByLabel("Client secret").fill("mistvine-test-secret");
  await section.getByLabel("E-mail domains it vouches for").fill(domain);
  await section.getByRole("button", { name: "Connect provider" }).click();
  await expect(section.getByText(/could not use the provider/)).toBeVisible();
  await section.getByLabel("Issuer URL").fill(issuer);
  await section.getByRole("button", { name: "Connect provider" }).click();
  await expect(section.getByText("Saved.")).toBeVisible();
  const address = await section.locator("#sso-sign-in-address").textContent();
  expect(address).toMatch(/\/login\?sso=/);

  // A colleague, in their own browser, signs in with their work address.
  const other = await browser.newContext();
  const ada = await other.newPage();
  await ada.goto("/login");
  await ada.getByLabel("Your work address").fill(`ada@${domain}`);
  await ada.getByRole("button", { name: "Continue with single sign-on" }).click();
  await expect(ada.getByText(`${org} signs in through Test ID.`)).toBeVisible();
  await ada.getByRole("link", { name: "Sign in with Test ID" }).click();
  // The provider's own sign-in page.
  await expect(ada).toHaveURL(new RegExp(`^${issuer}/interaction/`));
  await ada.locator("input[name=login]").fill(`ada@${domain}`);
  await ada.locator("input[name=password]").fill("anything");
  await ada.getByRole("button", { name: "Sign-in" }).click();
  await expect(ada.getByRole("heading", { name: "Welcome, Ada" })).toBeVisible();
  await expect(ada.getByText(`${org} · Member`)).toBeVisible();

  // "Who joined when" says how she came in.
  await ada.goto("/members/history");
  await expect(ada.getByText("Ada joined the organisation through single sign-on")).toBeVisible();

  // Signing out offers ending the provider's session too.
  await logOutTo(ada);
  await expect(ada.getByRole("heading", { name: "You are signed out" })).toBeVisible();
  await expect(ada.getByRole("link", { name: "Also sign out of Test ID" })).toHaveAttribute("href", new RegExp(`^${issuer}/session/end\\?`));

  // The organisation's own sign-in address shows its button.
  await ada.goto(address!);
  await ada.getByRole("link", { name: "Sign in with Test ID" }).click();
  // The provider remembers her: straight back in.
  await expect(ada.getByRole("heading", { name: "Welcome, Ada" })).toBeVisible();
  await other.close();
});

test("a work address no organisation signs in through is said so on the log-in page", async ({ page }) => {
  await page.goto("/login");
  await page.getByLabel("Your work address").fill("nobody@unknown-domain.test");
  await page.getByRole("button", { name: "Continue with single sign-on" }).click();
  await expect(page).toHaveURL(/\/login\?.*sso_email=nobody%40unknown-domain.test/);
  await expect(page.locator("#sso-error")).toContainText("No organisation on this server signs in people of that e-mail domain");
});

/** Logs out from the menu, to the page after it (not the home page, for an SSO session). */
async function logOutTo(page: import("@playwright/test").Page) {
  await openMenu(page);
  await page.getByRole("button", { name: "Log out" }).click();
}
