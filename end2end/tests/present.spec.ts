import { expect, test } from "@playwright/test";
import { logIn } from "./helpers";

// Present mode on the demo wave: what an all-hands screen shows, advancing by itself.
test("present mode shows the demo wave full screen and advances to the next slide by itself", async ({ page }) => {
  await logIn(page, "olivia@demo.mistvine.test", "demo-password");
  await page.goto("/");
  await page.getByRole("link", { name: "Present on a screen" }).click();
  await expect(page).toHaveURL(/\/present$/);
  await expect(page.getByRole("heading", { level: 1, name: "Autumn wave" })).toBeVisible();
  await expect(page.getByText(/^\d+ days left$/)).toBeVisible();
  await expect(page.getByText(/^Week 2 of 4 · /)).toBeVisible();
  await expect(page.getByRole("navigation", { name: "Main" })).toHaveCount(0);
  // The screen's own clock ticks in the browser.
  await expect(page.locator(".present-clock time")).toHaveText(/^\d\d:\d\d$/);

  // Five seconds a slide: the objectives give way to the heat map without a
  // touch. The navigation is awaited as an event, so a slow machine cannot
  // miss the slide it passes through.
  await page.goto("/present?slide=2&every=5");
  await expect(page.getByRole("heading", { level: 1, name: "Objectives" })).toBeVisible();
  await page.waitForURL(/\/present\?slide=3&every=5$/);

  // Paused on each slide, to read it.
  await page.goto("/present?slide=2&every=0");
  await expect(page.getByRole("progressbar", { name: "Progress of Ship safely every day" })).toBeVisible();
  await expect(page.getByText("Behind, crowd confident")).toBeVisible();
  await page.getByRole("navigation", { name: "Slides" }).getByRole("link", { name: "3 Confidence" }).click();
  await expect(page).toHaveURL(/\/present\?slide=3&every=0$/);
  await expect(page.getByRole("img", { name: /^Ship safely every day, week 1: average 3\.7 from 6 votes/ })).toBeVisible();

  // The boosts, advancing every 20 s until paused; the demo's waiting boost is there.
  await page.goto("/present?slide=4");
  await expect(page.getByRole("heading", { level: 1, name: "Open boosts: 1" })).toBeVisible();
  await expect(page.getByText("Next slide in 20 s")).toBeVisible();
  await page.getByRole("link", { name: "Pause" }).click();
  await expect(page).toHaveURL(/\/present\?slide=4&every=0$/);
  await expect(page.getByText("Paused")).toBeVisible();
  await expect(page.getByText("An event when a customer's first report is generated")).toBeVisible();
  await expect(page.getByText(/^Growth asks Platform · waiting 9 days$/)).toBeVisible();
  await page.getByRole("link", { name: "Exit" }).click();
  await expect(page.getByRole("navigation", { name: "Main" })).toBeVisible();
});
