import AxeBuilder from "@axe-core/playwright";
import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";

/**
 * axe on the pages agents live in, in the light and the dark theme (the device's setting, which
 * "System", every agent's default, follows), at desktop width and at 390 px (the two projects).
 * Any serious or critical violation fails: missing names and labels, contrast below AA,
 * landmarks. On a phone the inbox shows one pane at a time, so each pane is checked on its own.
 */

const THEMES = ["light", "dark"] as const;

async function expectNoSeriousViolations(page: Page, where: string): Promise<void> {
  const { violations } = await new AxeBuilder({ page }).analyze();
  const serious = violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 5).map((n) => `${n.target.join(" ")} [${n.any[0]?.message ?? n.failureSummary ?? ""}]`).join(", ")}`);
  expect(serious, `axe on ${where}`).toEqual([]);
}

const isPhone = () => test.info().project.name === "phone";

for (const theme of THEMES) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });

    test.describe("signed out", () => {
      test.use({ storageState: { cookies: [], origins: [] } });

      test("the sign-in page", async ({ page }) => {
        await page.goto("/login");
        await expect(page.getByRole("button", { name: "Sign in", exact: true })).toBeVisible();
        await expectNoSeriousViolations(page, "/login");
      });
    });

    test("the inbox with a channel and a conversation open, and the account menu", async ({ page, inbox, contact }) => {
      const destination = `a11y-${theme}-${test.info().project.name}-${Date.now()}`;
      await contact.write("Website chat", destination, `Hello from ${destination}`);
      await inbox.open();
      if (isPhone()) await expectNoSeriousViolations(page, "the channel list");
      await inbox.openChannel("Website chat");
      if (isPhone()) await expectNoSeriousViolations(page, "the conversation list");
      await inbox.openConversation(destination);
      await expect(inbox.message(`Hello from ${destination}`)).toBeVisible();
      await expectNoSeriousViolations(page, "the open conversation");
      await page.getByRole("button", { name: "Account menu", exact: true }).click();
      await expect(page.getByRole("group", { name: "Theme" })).toBeVisible();
      await expectNoSeriousViolations(page, "the account menu");
      await page.keyboard.press("Escape");
      await page.keyboard.press("Control+k");
      await expect(page.getByRole("dialog", { name: "Command palette" }).getByRole("option").first()).toBeVisible();
      await expectNoSeriousViolations(page, "the command palette");
    });

    for (const path of ["/settings/profile", "/settings/agents"]) {
      test(`settings: ${path}`, async ({ page }) => {
        await page.goto(path);
        await expect(page.getByRole("navigation", { name: "Settings" })).toBeVisible();
        await expect(page.getByRole("main").getByRole("heading").first()).toBeVisible();
        await expectNoSeriousViolations(page, path);
      });
    }

    test("the contact simulator", async ({ page }) => {
      await page.goto("/sandbox");
      await expect(page.getByRole("heading").first()).toBeVisible();
      await expectNoSeriousViolations(page, "/sandbox");
    });
  });
}

test("a new customer message in the open thread is announced politely", async ({ inbox, contact }) => {
  const destination = `announce-${test.info().project.name}-${Date.now()}`;
  await contact.write("Website chat", destination, "First message");
  await inbox.open();
  await inbox.openChannel("Website chat");
  await inbox.openConversation(destination);
  await expect(inbox.message("First message")).toBeVisible();

  const region = inbox.page.locator('[aria-live="polite"]').filter({ hasText: /New message/ });
  // What was there when the thread opened is not news.
  await expect(region).toHaveCount(0);
  await contact.write("Website chat", destination, "Is my parcel on its way?");
  await expect(region).toHaveText(`New message from ${destination}: Is my parcel on its way?`, { timeout: 10_000 });
  await expect(region).toHaveAttribute("aria-atomic", "true");
});
