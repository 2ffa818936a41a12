import { BrowserContext, expect, Page, test } from "@playwright/test";
import { hydrated, logOut, signUp, uniqueEmail } from "./helpers";

/**
 * A virtual authenticator in this browser (Chrome DevTools' WebAuthn
 * domain): it makes and uses real passkeys, with user verification, as a
 * phone's or laptop's screen lock would.
 */
async function virtualAuthenticator(context: BrowserContext, page: Page) {
  const cdp = await context.newCDPSession(page);
  await cdp.send("WebAuthn.enable");
  const { authenticatorId } = await cdp.send("WebAuthn.addVirtualAuthenticator", {
    options: {
      protocol: "ctap2",
      transport: "internal",
      hasResidentKey: true,
      hasUserVerification: true,
      isUserVerified: true,
      automaticPresenceSimulation: true,
    },
  });
  return {
    credentials: async () => (await cdp.send("WebAuthn.getCredentials", { authenticatorId })).credentials,
  };
}

test("a passkey added on the account page signs its owner in, and no longer once removed", async ({ page, context }, info) => {
  const authenticator = await virtualAuthenticator(context, page);
  await signUp(page, "Pat Keys", uniqueEmail("passkey", info), "Passkey Org");

  await page.goto("/account");
  await hydrated(page);
  const section = page.locator("#passkeys");
  await expect(section).toContainText("No passkeys yet.");
  // A name first: the browser is not asked for a passkey without one.
  await section.getByRole("button", { name: "Add a passkey" }).click();
  expect(await authenticator.credentials()).toHaveLength(0);
  await section.getByLabel("Passkey name").fill("Test laptop");
  await section.getByRole("button", { name: "Add a passkey" }).click();
  await expect(section.getByRole("status").filter({ hasText: "Passkey added" })).toBeVisible();
  await expect(section.getByRole("listitem")).toHaveCount(1);
  await expect(section.getByRole("listitem")).toContainText("Test laptop");
  await expect(section.getByRole("listitem")).toContainText("never used");
  // A passkey the browser offers without an e-mail typed (discoverable).
  const made = await authenticator.credentials();
  expect(made).toHaveLength(1);
  expect(made[0].isResidentCredential).toBe(true);

  await logOut(page);
  await page.goto("/login?next=/account");
  await hydrated(page);
  await page.getByRole("button", { name: "Sign in with a passkey" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(section.getByRole("listitem")).toContainText("last used");
  expect((await authenticator.credentials())[0].signCount).toBeGreaterThan(0);

  await hydrated(page);
  await section.getByRole("button", { name: "Remove Test laptop" }).click();
  await expect(section).toContainText("No passkeys yet.");
  await logOut(page);
  // The device still holds it; the server no longer knows it.
  await page.goto("/login");
  await hydrated(page);
  await page.getByRole("button", { name: "Sign in with a passkey" }).click();
  await expect(page.getByRole("alert")).toContainText("That passkey is not known here");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("navigation", { name: "Account" }).getByRole("link", { name: "Log in" })).toBeVisible();
});
