// The top bar: one line at both widths; on a phone the weekly four are in
// the bar and the rest is behind "Menu", which works without JavaScript too.

import { expect, Page, test } from "@playwright/test";
import { hydrated, signUp, uniqueEmail } from "./helpers";

/** Top of the first and bottom of the lowest thing shown in the bar. */
async function barRows(page: Page) {
  return page.locator("header.topbar").evaluate((bar) => {
    const shown = [...bar.children].map((el) => el.getBoundingClientRect()).filter((r) => r.width > 1 && r.height > 1);
    return { spread: Math.max(...shown.map((r) => r.bottom)) - Math.min(...shown.map((r) => r.top)), height: bar.getBoundingClientRect().height };
  });
}

test("the top bar is one line, and the menu opens the other areas and the account", async ({ page }, info) => {
  await signUp(page, "Lena Line", uniqueEmail("lena", info), `Header ${info.project.name} ${Date.now()}`);
  const main = page.getByRole("navigation", { name: "Main" });
  for (const area of ["Home", "Vote", "PPP", "Boosts"]) await expect(main.getByRole("link", { name: area, exact: true })).toBeVisible();
  const rows = await barRows(page);
  // One line: everything in the bar within one tap target's height (44 px) plus its padding.
  expect(rows.spread).toBeLessThanOrEqual(48);
  expect(rows.height).toBeLessThanOrEqual(64);

  const menu = page.locator("label.menu-button");
  if (info.project.name === "phone") {
    await expect(page.getByRole("link", { name: "Teams", exact: true })).toBeHidden();
    await expect(page.getByRole("button", { name: "Log out" })).toBeHidden();
    await hydrated(page);
    await menu.click();
    await expect(page.getByRole("button", { name: "Log out" })).toBeVisible();
    await expect(page.getByRole("link", { name: "Lena Line" })).toBeVisible();
    await page.getByRole("navigation", { name: "More" }).getByRole("link", { name: "Teams", exact: true }).click();
    await expect(page.getByRole("heading", { name: "Teams", level: 1 })).toBeVisible();
    // A new page (here an in-app navigation) starts with the menu closed.
    await expect(page.getByRole("link", { name: "Waves", exact: true })).toBeHidden();
  } else {
    await expect(menu).toBeHidden();
    await expect(page.getByRole("navigation", { name: "More" }).getByRole("link", { name: "Teams", exact: true })).toBeVisible();
    await expect(page.getByRole("button", { name: "Log out" })).toBeVisible();
  }
});
