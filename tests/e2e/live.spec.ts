import { test, expect } from "../fixtures";

// A sync every 2 s (SYNC_INTERVAL_MS) plus the event's way to the browser: well within this.
// Polling would be slower to start (5 s) and only runs while the live indicator is off.
const LIVE = { timeout: 8_000 };

const CHANNEL = "Website chat";

test("a contact's message appears live for two agents, and reading it clears the badge for the reader only", async ({
  inbox,
  agentInbox: other,
  contact,
}) => {
  for (const person of [inbox, other]) {
    await person.open();
    await person.openChannel(CHANNEL);
    await expect(person.liveIndicator).toBeVisible();
  }

  const destination = `live-${Date.now()}`;
  const first = `Hello, is anyone there? ${destination}`;
  await contact.write(CHANNEL, destination, first);

  // A new conversation shows up in both lists, unread for both, without a reload.
  await expect(inbox.conversationLink(destination)).toBeVisible(LIVE);
  await expect(other.conversationLink(destination)).toBeVisible(LIVE);
  await expect(other.conversationLink(destination)).toHaveAccessibleName(/\b1 unread\b/);
  await expect(other.conversationLink(destination)).toContainText(first);

  // The admin opens it: read for the admin...
  await inbox.openConversation(destination);
  await expect(inbox.message(first)).toBeVisible();

  // ...so the next message lands in the open thread and leaves no badge there,
  const second = `Are you still there? ${Date.now()}`;
  await contact.write(CHANNEL, destination, second);
  await expect(inbox.message(second)).toBeVisible(LIVE);
  await inbox.showConversationList();
  await expect(inbox.conversationLink(destination)).toContainText(second);
  await expect(inbox.conversationLink(destination)).not.toHaveAccessibleName(/unread/);

  // ...while the other agent, who never opened it, still has both unread.
  await expect(other.conversationLink(destination)).toHaveAccessibleName(/\b2 unread\b/, LIVE);
  await expect(other.conversationLink(destination)).toContainText(second);
});

test("a reply sent by one agent appears live in the other agent's open thread", async ({ inbox, agentInbox: other }) => {
  // The demo agent is a member of WhatsApp Support (not of Telegram Bot).
  await inbox.open();
  await inbox.openChannel("WhatsApp Support");
  await inbox.openConversation();
  const destination = await inbox.threadDestination();

  await other.open();
  await other.openChannel("WhatsApp Support");
  await other.openConversation(destination);
  await expect(other.liveIndicator).toBeVisible();

  const reply = `On it, one moment please ${Date.now()}`;
  await inbox.sendWithEnter(reply);
  await expect(inbox.message(reply)).toBeVisible(LIVE);
  await expect(other.message(reply)).toBeVisible(LIVE);
});

test("the page title and the channel list carry the agent's unread count", async ({ agentInbox: other, contact }) => {
  await other.open();
  await expect(other.channelLink(CHANNEL)).toBeVisible();
  await expect(other.liveIndicator).toBeVisible();
  const before = await other.unreadTotal();

  await contact.write(CHANNEL, `title-${Date.now()}`, "Could someone call me back?");

  await expect.poll(() => other.unreadTotal(), LIVE).toBeGreaterThan(before);
  await expect(other.page).toHaveTitle(/^\(\d+\) Switchboard$/);
  await expect(other.channelLink(CHANNEL)).toHaveAccessibleName(/\b\d+ unread\b/);
  await expect(other.page.locator('link[rel~="icon"]').first()).toHaveAttribute("href", /^data:image\/svg\+xml,/);
});
