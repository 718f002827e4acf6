import { expect, test } from "../fixtures";

// Issue 14, items 1 and 6: where the new messages start, day separators, senders named once.
const CHANNEL = "Website chat";
/** Tall enough that three of them do not fit on a screen: opening at the bottom would hide the first. */
const tall = (label: string) => [label, ...Array.from({ length: 14 }, (_, i) => `line ${i + 1} of ${label}`)].join("\n");

test("a thread opens on its first unread message, under “3 unread messages” that stays while it is open", async ({ page, inbox, contact }) => {
  const destination = `unread-${Date.now()}`;
  // The list is open first and the conversation arrives live (as in live.spec.ts).
  await inbox.open();
  await inbox.openChannel(CHANNEL);
  await expect(inbox.liveIndicator).toBeVisible();
  await contact.write(CHANNEL, destination, "An earlier question");
  const read = page.waitForResponse((r) => r.request().method() === "POST" && r.url().endsWith("/read") && r.ok());
  await inbox.openConversation(destination);
  await expect(inbox.message("An earlier question")).toBeVisible();
  await read;
  // Away from the thread (on a desktop the list shows beside it): it is opened again below.
  await inbox.open();
  await inbox.openChannel(CHANNEL);
  await expect(inbox.liveIndicator).toBeVisible();
  const row = inbox.conversationRow(destination);
  // Read: the row's unread count is gone.
  await expect(row).not.toContainText(/\d+ unread/);

  for (const label of ["Unread one", "Unread two", "Unread three"]) await contact.write(CHANNEL, destination, tall(label));
  await expect(row).toContainText("3 unread");
  await inbox.openConversation(destination);

  const separator = inbox.messages.locator("[data-unread-separator]");
  await expect(separator).toHaveText("3 unread messages");
  // Right above the first of the three, and that one is on screen (not the bottom of the thread).
  await expect(inbox.messages.locator("[data-unread-separator] + li")).toContainText("Unread one");
  await expect(separator).toBeInViewport();
  await expect(inbox.bubble("Unread one").locator("[data-sender]")).toBeInViewport();
  await expect(inbox.messages.locator("[data-day-separator]")).toHaveText(["Today"]);
  // Consecutive messages from the contact: the name once, on the first of the run.
  await expect(inbox.bubble("Unread one").locator("[data-sender]")).toHaveText(destination);
  await expect(inbox.bubble("Unread two").locator("[data-sender]")).toHaveCount(0);
  await expect(inbox.bubble("Unread three").locator("[data-sender]")).toHaveCount(0);

  // Marked read (the list, where it shows, says so), and a new message arrives live: it stays put.
  if (await inbox.conversations.isVisible()) await expect(row).not.toContainText(/\d+ unread/);
  await contact.write(CHANNEL, destination, "One more thing");
  await expect(inbox.message("One more thing")).toBeAttached();
  await expect(separator).toHaveText("3 unread messages");
  await expect(inbox.messages.locator("[data-unread-separator] + li")).toContainText("Unread one");
  await expect(inbox.messages.locator("[data-unread-separator]")).toHaveCount(1);
  await page.waitForTimeout(500);
  await expect(separator).toHaveText("3 unread messages");
});

test("a teammate's reply carries their name in the thread and the list; only my own reads “You”", async ({ inbox, agentInbox, contact }) => {
  const destination = `names-${Date.now()}`;
  // Both lists are open first and the conversation arrives live (as in live.spec.ts).
  for (const person of [inbox, agentInbox]) {
    await person.open();
    await person.openChannel(CHANNEL);
    await expect(person.liveIndicator).toBeVisible();
  }
  await contact.write(CHANNEL, destination, "Hello team");
  await agentInbox.openConversation(destination);
  await agentInbox.sendWithEnter("Alex here, looking into it");
  await expect(agentInbox.bubble("Alex here, looking into it").locator("[data-sender]")).toHaveText("You");

  const row = inbox.conversationRow(destination);
  await expect(row).toContainText("Alex Agent: Alex here, looking into it");
  await inbox.openConversation(destination);
  await expect(inbox.bubble("Alex here, looking into it").locator("[data-sender]")).toHaveText("Alex Agent");
  await inbox.sendWithEnter("Ada too");
  await expect(inbox.bubble("Ada too").locator("[data-sender]")).toHaveText("You");
  await inbox.showConversationList();
  await expect(row).toContainText("You: Ada too");
});
