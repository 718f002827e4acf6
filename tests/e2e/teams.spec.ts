import type { Browser, Page } from "@playwright/test";
import { expect, test } from "../fixtures";
import { InboxPage } from "../pages/inbox-page";

/**
 * Issue 9's walk-through, as a team would do it: an admin adds an agent with access to one
 * channel; the agent sees only that channel (another channel's conversation is refused by URL
 * and by API), takes a conversation ("Assign" → "Assign to me"), finds it under "Mine", resolves
 * it; the customer writes again and it is back, Open, under "Mine"; a note written with "Note"
 * never reaches the provider and shows to a supervisor; a canned reply with variables is sent
 * filled in.
 */

const LIVE = { timeout: 10_000 };
const CHANNEL = "Website chat";

async function signInAs(browser: Browser, baseURL: string, email: string, password: string): Promise<Page> {
  const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page.getByRole("navigation", { name: "Channels" })).toBeVisible();
  return page;
}

test("a team works a conversation: access by channel, assignment, views, status, notes and canned replies", async ({ page, browser, baseURL, contact }) => {
  test.setTimeout(180_000);
  const stamp = Date.now();
  const agent = { name: `Tess${stamp}`, email: `tess-${stamp}@example.com`, password: "tess-password-1" };

  // The admin adds an agent with access to one channel.
  await page.goto("/settings/agents");
  await page.getByRole("button", { name: "Add agent" }).click();
  await page.getByLabel("Name", { exact: true }).fill(agent.name);
  await page.getByLabel("Email", { exact: true }).fill(agent.email);
  await page.getByLabel("Password", { exact: true }).fill(agent.password);
  await page.getByLabel("Role", { exact: true }).selectOption("agent");
  await page.getByRole("checkbox", { name: CHANNEL }).check();
  await page.getByRole("button", { name: "Save" }).click();
  await expect(page.getByRole("row").filter({ hasText: agent.email })).toContainText(CHANNEL);

  // A conversation of a channel the agent is not in, found as the admin.
  const channels = (await (await page.request.get("/api/channels")).json()) as { channels: { id: string; name: string }[] };
  const telegram = channels.channels.find((c) => c.name === "Telegram Bot")!;
  const telegramList = (await (await page.request.get(`/api/channels/${telegram.id}/conversations`)).json()) as { conversations: { id: string }[] };
  const elsewhere = telegramList.conversations[0].id;

  const agentPage = await signInAs(browser, baseURL!, agent.email, agent.password);
  const inbox = new InboxPage(agentPage);
  await expect(inbox.channelLink(CHANNEL)).toBeVisible();
  await expect(inbox.channels.getByRole("link", { name: /Telegram Bot|WhatsApp Support/ })).toHaveCount(0);
  const refused = await agentPage.request.get(`/api/conversations/${elsewhere}`);
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.code).toBe("forbidden_channel");
  await agentPage.goto(`/inbox/${telegram.id}/${elsewhere}`);
  await expect(agentPage.getByText("Conversation not found")).toBeVisible();

  // A customer writes; the agent takes the conversation.
  const destination = `team-${stamp}`;
  await contact.write(CHANNEL, destination, `Hello, my parcel is late ${destination}`);
  await inbox.open();
  await inbox.openChannel(CHANNEL);
  // Mirrored by the next poll of the channel: seconds, unless an earlier spec's provider faults
  // left the channel backing off (up to 60 s), as happened once late in a full run.
  await expect(inbox.conversationLink(destination)).toBeVisible({ timeout: 60_000 });
  await inbox.openConversation(destination);
  await agentPage.getByRole("button", { name: "Assign", exact: true }).click();
  await agentPage.getByRole("menuitem", { name: "Assign to me" }).click();
  const header = agentPage.getByRole("region", { name: destination });
  await expect(header.getByText("Assigned to You")).toBeVisible();

  // It is under "Mine".
  await inbox.showConversationList();
  const tabs = agentPage.getByRole("tablist", { name: "Views" });
  await tabs.getByRole("tab", { name: /^Mine \d+$/ }).click();
  await expect(agentPage).toHaveURL(/view=mine/);
  await expect(inbox.conversationLink(destination)).toBeVisible();

  // Resolved, it leaves the Open view; the customer writes again and it is back, Open, under Mine.
  await inbox.openConversation(destination);
  await agentPage.getByRole("button", { name: "Resolve" }).click();
  await expect(header.getByText("Status: Resolved")).toBeVisible();
  await inbox.showConversationList();
  await expect(inbox.conversationLink(destination)).toBeHidden(LIVE);
  await contact.write(CHANNEL, destination, `Any news? ${destination}`);
  await expect(inbox.conversationLink(destination)).toBeVisible(LIVE);
  await expect(agentPage.getByLabel("Status")).toHaveValue("open");
  await inbox.openConversation(destination);
  await expect(header.getByText("Status: Open")).toBeVisible();
  await expect(header.getByText("Assigned to You")).toBeVisible();

  // A note never reaches the provider, and a supervisor sees it.
  const note = `Internal: customer called twice ${stamp}`;
  await agentPage.getByRole("button", { name: "Note", exact: true }).click();
  await inbox.composer.fill(note);
  await agentPage.getByRole("button", { name: "Add note" }).click();
  await expect(agentPage.getByRole("note", { name: `Internal note by ${agent.name}` }).filter({ hasText: note })).toBeVisible();
  await agentPage.getByRole("button", { name: "Note", exact: true }).click();
  const threadPath = new URL(agentPage.url()).pathname;

  // A canned reply with variables is sent filled in.
  const shortcut = `late${stamp}`;
  const made = await page.request.post("/api/canned-replies", {
    data: { shortcut, body: "Hi {{contact.name}}, {{agent.name}} here from {{channel.name}}: your parcel is on its way." },
    headers: { origin: baseURL! },
  });
  expect(made.status()).toBe(201);
  await inbox.composer.pressSequentially(`/${shortcut}`);
  await expect(agentPage.getByRole("listbox", { name: "Canned replies" }).getByRole("option", { name: new RegExp(`/${shortcut}`) })).toBeVisible();
  await inbox.composer.press("Enter");
  const filled = `Hi ${destination}, ${agent.name} here from ${CHANNEL}: your parcel is on its way.`;
  await expect(inbox.composer).toHaveValue(filled);
  await inbox.composer.press("Enter");
  await expect(inbox.message(filled)).toBeVisible();

  // At the provider (the sandbox): the filled-in reply arrived, the note never did.
  await expect.poll(async () => (await contact.chat(CHANNEL, destination)).messages.map((m) => m.text), LIVE).toContain(filled);
  expect((await contact.chat(CHANNEL, destination)).messages.map((m) => m.text)).not.toContain(note);

  const supervisor = await signInAs(browser, baseURL!, "supervisor@switchboard.test", "switchboard-supervisor");
  await supervisor.goto(threadPath);
  await expect(supervisor.getByRole("note", { name: `Internal note by ${agent.name}` }).filter({ hasText: note })).toBeVisible();
  await supervisor.context().close();
  await agentPage.context().close();
});
