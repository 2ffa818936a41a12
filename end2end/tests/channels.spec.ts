import { expect, test } from "@playwright/test";
import { confirmEmail, hydrated, signUp, uniqueEmail } from "./helpers";

const fakes = process.env.E2E_FAKES!;

/**
 * Headless Chromium has no push service to reach offline, so the page's
 * `pushManager.subscribe` answers as a browser's would: a subscription with
 * a real P-256 key (made here with WebCrypto) at the stand-in push service.
 * Everything after it — the island, the form, the server, the sender — is
 * the app's own. The key the page subscribed with is kept for the test
 * (in session storage: the form's redirect loads the page again).
 */
function fakePushManager(device: string) {
  return `(() => {
    const b64url = (bytes) => btoa(String.fromCharCode(...new Uint8Array(bytes))).replace(/\\+/g, "-").replace(/\\//g, "_").replace(/=+$/, "");
    PushManager.prototype.subscribe = async function (options) {
      // Kept for the test across the page load the form's redirect makes.
      sessionStorage.setItem("pushKey", typeof options.applicationServerKey === "string" ? options.applicationServerKey : b64url(options.applicationServerKey));
      sessionStorage.setItem("userVisibleOnly", String(options.userVisibleOnly));
      const pair = await crypto.subtle.generateKey({ name: "ECDH", namedCurve: "P-256" }, true, ["deriveBits"]);
      const p256dh = b64url(await crypto.subtle.exportKey("raw", pair.publicKey));
      const auth = b64url(crypto.getRandomValues(new Uint8Array(16)));
      const json = { endpoint: "${fakes}/push/${device}", expirationTime: null, keys: { p256dh, auth } };
      return { endpoint: json.endpoint, toJSON: () => json };
    };
  })();`;
}

test("a person turns notifications on for this device, gets a test notification, and removes the device", async ({ page, context }, info) => {
  const device = `device-${info.project.name}-${Date.now()}`;
  await context.grantPermissions(["notifications"]);
  await context.addInitScript(fakePushManager(device));
  await signUp(page, "Nora Notify", uniqueEmail("push", info), "Push Org");

  await page.goto("/account");
  await hydrated(page);
  const section = page.locator("#notifications");
  await expect(section).toContainText("No device gets notifications yet.");
  // A name first: no subscription is made without one.
  await section.getByRole("button", { name: "Turn on notifications on this device" }).click();
  expect(await page.evaluate(() => sessionStorage.getItem("pushKey"))).toBeNull();
  await section.getByLabel("Device name").fill("Test phone");
  await section.getByRole("button", { name: "Turn on notifications on this device" }).click();
  await expect(section.getByRole("status").filter({ hasText: "Notifications are on for this device." })).toBeVisible();
  await expect(section.getByRole("listitem")).toHaveCount(1);
  await expect(section.getByRole("listitem")).toContainText("Test phone");
  await expect(section.getByRole("listitem")).toContainText("nothing sent yet");
  const key = await page.evaluate(() => sessionStorage.getItem("pushKey"));
  expect(key).toMatch(/^[\w-]{87}$/);
  expect(await page.evaluate(() => sessionStorage.getItem("userVisibleOnly"))).toBe("true");

  await hydrated(page);
  await section.getByRole("button", { name: "Send a test notification" }).click();
  await expect(section.getByRole("status").filter({ hasText: "A test notification is on its way" })).toBeVisible();
  // It reached the push service: encrypted to the device, signed with the key the page subscribed with.
  await expect
    .poll(async () => (await (await fetch(`${fakes}/test/pushes`)).json()).filter((p: any) => p.device === device))
    .toHaveLength(1);
  const [push] = (await (await fetch(`${fakes}/test/pushes`)).json()).filter((p: any) => p.device === device);
  expect(push.encoding).toBe("aes128gcm");
  expect(push.authorization).toMatch(/^vapid t=[\w-]+\.[\w-]+\.[\w-]+, k=/);
  expect(push.authorization.endsWith(`k=${key}`)).toBe(true);
  expect(push.bytes).toBeGreaterThan(86);
  await page.reload();
  await expect(section.getByRole("listitem")).toContainText("last notified");

  await hydrated(page);
  await section.getByRole("button", { name: "Remove Test phone" }).click();
  await expect(section).toContainText("No device gets notifications yet.");
});

test("an admin adds Mistvine to Slack through its approval page, and people are linked by address", async ({ page, request }, info) => {
  const email = uniqueEmail("slack", info);
  await signUp(page, "Sam Slack", email, "Slack Org");
  await confirmEmail(page, email);
  await request.post(`${fakes}/test/people`, { data: [[`U-${info.project.name}-${Date.now()}`, email]] });

  await page.goto("/admin");
  const section = page.locator("#channels");
  await section.getByRole("link", { name: "Add to Slack" }).click();
  // Slack's page approves and sends the browser back.
  await expect(page).toHaveURL(/\/admin\?slack=connected#channels$/);
  await expect(section.getByRole("status").filter({ hasText: "Slack connected" })).toBeVisible();
  await expect(section).toContainText("Connected to the Slack workspace E2E Slack");
  // The sender links people a moment later.
  await expect
    .poll(async () => {
      await page.reload();
      return section.locator("p.meta").filter({ hasText: "people linked" }).innerText();
    })
    .toContain("1 people linked");

  await section.getByLabel("Channel for the leaders' digest").fill("OKR Leads");
  await section.getByRole("button", { name: "Save Slack settings" }).click();
  await expect(section.getByText("A Slack channel is its name as Slack shows it")).toBeVisible();
  await section.getByLabel("Channel for the leaders' digest").fill("#okr-leads");
  await section.getByRole("button", { name: "Save Slack settings" }).click();
  await expect(section.getByRole("status").filter({ hasText: "Slack settings saved." })).toBeVisible();
  await expect(section.getByLabel("Channel for the leaders' digest")).toHaveValue("#okr-leads");

  // Nothing makes the admin page or the account page scroll sideways (375 px on the phone project).
  const fits = () => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
  expect(await fits()).toBe(true);
  await page.goto("/account");
  await expect(page.locator("#slack")).toContainText("Your Slack account in E2E Slack is linked");
  await expect(page.locator("#notifications")).toBeVisible();
  expect(await fits()).toBe(true);
});
