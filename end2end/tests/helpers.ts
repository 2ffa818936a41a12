import { expect, Page, TestInfo } from "@playwright/test";

/** An e-mail nobody else in this run uses: the database is shared by all tests of a run. */
export function uniqueEmail(who: string, info: TestInfo): string {
  return `${who}-${info.project.name}-${Date.now()}-${Math.floor(Math.random() * 1e6)}@example.com`;
}

export async function signUp(page: Page, name: string, email: string, org: string, password = "correct horse") {
  await page.goto("/signup");
  await page.getByLabel("Your name").fill(name);
  await page.getByLabel("E-mail").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByLabel("Organisation name").fill(org);
  await page.getByRole("button", { name: "Create workspace" }).click();
  await expect(page.getByRole("heading", { name: `Welcome, ${name.split(" ")[0]}` })).toBeVisible();
}
