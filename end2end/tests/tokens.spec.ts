import { Page, test, expect } from "@playwright/test";
import { hydrated, signUp, startWave, uniqueEmail } from "./helpers";

const NEW_TOKEN = "Your new token: copy it now, it is not shown again";

/** Submits the token form (name and scope already chosen) with the sign-up
 * password; returns the token the page shows once, never in its address. */
async function makeToken(page: Page): Promise<string> {
  await page.getByLabel("Your password").fill("correct horse");
  await page.getByRole("button", { name: "Make token" }).click();
  const fresh = page.getByLabel(NEW_TOKEN);
  await expect(fresh).toHaveValue(/^mvt_/);
  expect(page.url()).not.toContain("mvt_");
  return fresh.inputValue();
}

// A person makes an API token on their account page, another tool checks
// in with it over the JSON API, and revoking it stops it at once.
test("a token made on the account page checks in over the API until it is revoked", async ({ page, request }, info) => {
  await signUp(page, "Tia Token", uniqueEmail("token", info), "Token Co");
  await startWave(page, "Token wave", 0, 27, { title: "Ship the API", why: "Tools want it", kr: ["Endpoints live", "0", "10"] });

  await page.goto("/account");
  await hydrated(page);
  await page.getByLabel("Token name").fill("Board sync");
  await page.getByLabel("What it may do").selectOption("check_in");
  // A token is a lasting way in: it takes the password again.
  await page.getByLabel("Your password").fill("not my password");
  await page.getByRole("button", { name: "Make token" }).click();
  await expect(page.locator("section#tokens")).toContainText("That is not your current password.");
  const token = await makeToken(page);
  await expect(page.locator("section#tokens li", { hasText: "Board sync" })).toContainText("Read and check in");

  const auth = { Authorization: `Bearer ${token}` };
  const waves = await (await request.get("/api/v1/waves", { headers: auth })).json();
  const objectives = await (await request.get(`/api/v1/waves/${waves[0].id}/objectives`, { headers: auth })).json();
  const kr = objectives[0].key_results[0].id;
  const checked = await request.post(`/api/v1/key-results/${kr}/check-ins`, { headers: auth, data: { value: 6, note: "from the board" } });
  expect(checked.status()).toBe(201);
  await page.goto(`/objectives/${objectives[0].id}`);
  await expect(page.getByText(/Now 6 · 60 % of the way from 0 to 10/)).toBeVisible();

  await page.goto("/account");
  await hydrated(page);
  await page.getByRole("button", { name: "Revoke Board sync" }).click();
  await expect(page.locator("section#tokens").getByText("No tokens yet.")).toBeVisible();
  expect((await request.get("/api/v1/waves", { headers: auth })).status()).toBe(401);
});

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });

  test("a token is shown once on the account page, never in its address", async ({ page, request }, info) => {
    await signUp(page, "Noah Script", uniqueEmail("token-nojs", info), "Plain Co");
    await page.goto("/account");
    await page.getByLabel("Token name").fill("Cron job");
    const token = await makeToken(page);
    const fresh = page.getByLabel(NEW_TOKEN);
    expect((await request.get("/api/v1/waves", { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(200);
    await page.reload();
    await expect(page.locator("section#tokens li", { hasText: "Cron job" })).toBeVisible();
    await expect(fresh).toHaveCount(0);
  });
});
