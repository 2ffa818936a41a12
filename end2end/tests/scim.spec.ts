import { expect, test } from "@playwright/test";
import { hydrated, navTo, signUp, uniqueEmail } from "./helpers";

// SCIM: an admin makes the provider's token on the admin page (shown once),
// the provider adds a person with it, and the admin sees them arrive.
test("an admin makes a SCIM token and the provider's new member appears", async ({ page, request }, info) => {
  const org = `Acme SCIM ${info.project.name} ${Date.now()}`;
  await signUp(page, "Olga Owner", uniqueEmail("olga", info), org);
  await navTo(page, "Admin");
  await hydrated(page);
  const section = page.locator("#scim");
  await expect(section.getByText("No token yet")).toBeVisible();
  const address = await section.locator("#scim-base").textContent();
  await section.getByRole("button", { name: "Make a SCIM token" }).click();
  const tokenField = section.getByLabel(/Your new SCIM token/);
  await expect(tokenField).toBeVisible();
  const token = await tokenField.inputValue();
  expect(token.length).toBeGreaterThan(30);

  const email = uniqueEmail("sam", info);
  const created = await request.post(`${address}/Users`, {
    headers: { authorization: `Bearer ${token}`, "content-type": "application/scim+json" },
    data: JSON.stringify({ userName: email, name: { givenName: "Sam", familyName: "Scim" }, active: true }),
  });
  expect(created.status()).toBe(201);

  // Shown once: after a reload only the date it was made is said.
  await page.reload();
  await expect(section.getByLabel(/Your new SCIM token/)).toHaveCount(0);
  await expect(section.getByText(/A token made .* is in use\./)).toBeVisible();
  await page.goto("/members/history");
  await expect(page.getByText("Sam Scim joined the organisation, provisioned by its identity provider")).toBeVisible();
});
