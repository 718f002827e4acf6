import type { Page } from "@playwright/test";
import { expect, test } from "../fixtures";

// Issue 14 item 8: in-tab alerts for customer messages outside the open thread.
const CHANNEL = "Website chat";

/** Counts the chimes the page starts (an oscillator each tone) without muting them. */
async function countChimes(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const w = window as unknown as { __chimes: number };
    w.__chimes = 0;
    const create = AudioContext.prototype.createOscillator;
    AudioContext.prototype.createOscillator = function (this: AudioContext) {
      w.__chimes++;
      return create.call(this);
    };
  });
}
const chimes = (page: Page) => page.evaluate(() => (window as unknown as { __chimes: number }).__chimes);

async function setAlertMode(page: Page, label: string): Promise<void> {
  await page.goto("/settings/profile");
  await page.getByLabel("In-tab alerts").selectOption({ label });
  const form = page.locator("form").filter({ hasText: "Alerts in the open tab" });
  await form.getByRole("button", { name: "Save" }).click();
  await expect(form.getByRole("status")).toHaveText("Saved.");
}

test("a customer writing outside the open thread brings a notice with Open and a chime, as the agent chose", async ({ page, inbox, contact }) => {
  await countChimes(page);
  await inbox.open();
  await inbox.openChannel(CHANNEL);
  const notices = page.getByRole("status").filter({ hasText: `New message · ${CHANNEL}` });
  // A customer writing while no conversation is open: a notice; dismissed, it is gone.
  const open = `alert-open-${Date.now()}`;
  await contact.write(CHANNEL, open, "I am the open conversation");
  await expect(notices).toHaveCount(1);
  await notices.getByRole("button", { name: "Dismiss" }).click();
  await expect(notices).toHaveCount(0);
  await inbox.openConversation(open);

  // All messages (the default): a new conversation elsewhere alerts.
  const other = `alert-other-${Date.now()}`;
  await contact.write(CHANNEL, other, "Hello from elsewhere");
  await expect(notices).toHaveCount(1);
  await expect(notices).toContainText("New conversation");
  expect(await chimes(page)).toBeGreaterThan(0);
  const heard = await chimes(page);

  // Nothing for the open thread, nor for the agent's own reply.
  await contact.write(CHANNEL, open, "Still me, in the open thread");
  await expect(inbox.message("Still me, in the open thread")).toBeVisible();
  await inbox.sendWithEnter("A reply never alerts");
  await expect(inbox.message("A reply never alerts")).toBeVisible();
  await notices.getByRole("button", { name: "Dismiss" }).click();
  await expect(notices).toHaveCount(0);
  expect(await chimes(page)).toBe(heard);

  // Open goes to that conversation.
  await contact.write(CHANNEL, other, "Are you there?");
  await notices.getByRole("link", { name: "Open" }).click();
  await expect(inbox.message("Are you there?")).toBeVisible();
  await expect(page.locator("#thread-title [data-destination]")).toHaveAttribute("data-destination", other);

  try {
    // New conversations only: a message in an existing conversation stays quiet, a new one alerts.
    await setAlertMode(page, "New conversations only");
    // The list stays on screen (on a phone an open thread covers it) to see the rows change.
    await inbox.open();
    await inbox.openChannel(CHANNEL);
    const before = await chimes(page);
    await contact.write(CHANNEL, other, "Existing conversation, no alert");
    await expect(inbox.conversationRow(other)).toContainText("Existing conversation, no alert");
    const fresh = `alert-new-${Date.now()}`;
    await contact.write(CHANNEL, fresh, "Brand new");
    await expect(notices).toHaveCount(1);
    await expect(notices).toContainText("New conversation");
    // One chime (two tones) in all, the new conversation's: the existing one's message brought
    // none. Notices hide after 10 s, chimes stay counted; an alert may trail its row by a moment.
    await page.waitForTimeout(3000);
    expect(await chimes(page)).toBe(before + 2);

    // Off: nothing at all.
    await setAlertMode(page, "Off");
    await inbox.open();
    await inbox.openChannel(CHANNEL);
    const quiet = `alert-off-${Date.now()}`;
    await contact.write(CHANNEL, quiet, "Nobody is alerted");
    const quietBefore = await chimes(page);
    await expect(inbox.conversationRow(quiet)).toBeVisible();
    await page.waitForTimeout(3000);
    await expect(notices).toHaveCount(0);
    expect(await chimes(page)).toBe(quietBefore);
  } finally {
    await setAlertMode(page, "All messages");
  }
});
