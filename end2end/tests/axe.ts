import AxeBuilder from "@axe-core/playwright";
import { expect, Page, test } from "@playwright/test";
import { hydrated } from "./helpers";

// The accessibility audit: accessibility.spec.ts walks every page of the
// demo organisation; other specs call it on states only they reach (a wave
// being reflected on, a closed wave's review).

/** Runs every axe-core rule (WCAG 2.x A and AA, and best practices) on the page as it is now. */
export async function audit(page: Page) {
  await test.step(`hydrated: ${page.url()}`, () => hydrated(page));
  const { violations, passes } = await new AxeBuilder({ page }).analyze();
  expect(passes.length, "axe-core checked the page").toBeGreaterThan(10);
  // Each violation names its rule and the first elements, so a failure says what to fix.
  const found = violations.map((v) => {
    const where = v.nodes.slice(0, 4).map((n) => `${n.target.join(" ")} (${(n.failureSummary ?? "").split("\n").slice(1).join(" ").trim()})`);
    return `${v.id} (${v.impact}): ${v.help} — ${where.join(" | ")}`;
  });
  // Soft, so one run lists every page's violations.
  expect.soft(found, `axe-core on ${page.url()}`).toEqual([]);
}

