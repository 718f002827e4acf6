import type { Browser, Page } from "@playwright/test";
import type { ChannelsResponse, ConversationsResponse } from "@/lib/inbox/types";
import type { AuditPage } from "@/lib/teams/audit-query";
import { test, expect } from "../fixtures";
import { InboxPage } from "../pages/inbox-page";

/*
 * Issue 10 parts 1 and 3 in real browsers: an agent's presence as a supervisor sees it in the
 * Assign menu, and a supervisor looking into an agent's unread conversation without a trace
 * until they "Join".
 */

const CHANNEL = "WhatsApp Support";

/** The demo supervisor, signed in through the form in a browser of their own. */
async function supervisorInbox(browser: Browser, baseURL: string): Promise<InboxPage> {
  const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill("supervisor@switchboard.test");
  await page.getByLabel("Password").fill("switchboard-supervisor");
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/inbox/);
  return new InboxPage(page);
}

/** Chooses Online or Away in the account menu's "Status". */
async function choosePresence(page: Page, choice: "Online" | "Away") {
  await page.getByRole("button", { name: "Account menu" }).click();
  await page.getByRole("group", { name: "Status" }).getByRole("radio", { name: choice }).check();
  await expect(page.getByRole("img", { name: `Your presence: ${choice}` })).toBeVisible();
  await page.keyboard.press("Escape");
  await expect(page.getByRole("group", { name: "Status" })).toBeHidden();
}

test("an agent who chooses Away shows as away in a supervisor's Assign menu, and online again after choosing Online", async ({ agentInbox, browser, baseURL }) => {
  test.setTimeout(90_000);
  const agent = agentInbox.page;
  await agentInbox.open();
  // The open inbox (its event stream) makes the agent Online; the dot beside Account says so.
  await expect(agent.getByRole("img", { name: "Your presence: Online" })).toBeVisible();

  const supervisor = await supervisorInbox(browser, baseURL!);
  try {
    await supervisor.openChannel(CHANNEL);
    await supervisor.openConversation();
    const assign = supervisor.page.getByRole("button", { name: "Assign", exact: true });
    const menuItem = (name: string) => supervisor.page.getByRole("menuitem", { name, exact: true });
    const seeInMenu = async (name: string) => {
      await expect(async () => {
        await assign.click();
        await expect(menuItem(name)).toBeVisible({ timeout: 1_000 });
      }).toPass({ timeout: 10_000 });
      await supervisor.page.keyboard.press("Escape");
    };
    await seeInMenu("Alex Agent (online)");

    await choosePresence(agent, "Away");
    await seeInMenu("Alex Agent (away)");

    await choosePresence(agent, "Online");
    await seeInMenu("Alex Agent (online)");
  } finally {
    await supervisor.page.context().close();
  }
});

test("a supervisor views an agent's unread conversation silently: nothing changes for the agent until they Join and reply", async ({
  agentInbox,
  contact,
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(120_000);
  const destination = `silent-${Date.now()}`;
  await contact.write(CHANNEL, destination, `Is anyone there? ${destination}`);

  // The agent's side, read through the agent's own API: the conversation's and the channel's unread counts.
  const agentApi = agentInbox.page.request;
  const channelId = async () => ((await (await agentApi.get("/api/channels")).json()) as ChannelsResponse).channels.find((c) => c.name === CHANNEL)!.id;
  const agentSees = async () => {
    const id = await channelId();
    const channels = (await (await agentApi.get("/api/channels")).json()) as ChannelsResponse;
    const list = (await (await agentApi.get(`/api/channels/${id}/conversations`)).json()) as ConversationsResponse;
    const conversation = list.conversations.find((c) => c.destination === destination);
    return {
      channelUnread: channels.channels.find((c) => c.id === id)!.unreadCount,
      conversation: conversation && { unread: conversation.unreadCount, assigneeId: conversation.assigneeId, status: conversation.status },
    };
  };
  await expect.poll(async () => (await agentSees()).conversation?.unread, { timeout: 60_000 }).toBe(1);
  const before = await agentSees();
  expect(before.conversation).toEqual({ unread: 1, assigneeId: null, status: "open" });

  const supervisor = await supervisorInbox(browser, baseURL!);
  try {
    const sp = supervisor.page;
    await supervisor.openChannel(CHANNEL);
    await expect(supervisor.conversationLink(destination)).toBeVisible({ timeout: 60_000 });
    await supervisor.openConversation(destination);
    const conversationId = new URL(sp.url()).pathname.split("/").at(-1)!;
    await expect(sp.getByRole("status").filter({ hasText: "Viewing silently" })).toBeVisible();
    await expect(supervisor.composer).toHaveCount(0);
    // Longer than the read marker's debounce: had it been sent, it would be done by now.
    await sp.waitForTimeout(1_500);
    expect(await agentSees()).toEqual(before);

    await supervisor.joinButton.click();
    await expect(supervisor.composer).toBeVisible();
    await expect(sp.getByText("Viewing silently")).toHaveCount(0);
    const reply = `A supervisor here, on it ${destination}`;
    await supervisor.sendWithEnter(reply);
    await expect.poll(async () => (await contact.chat(CHANNEL, destination)).messages.map((m) => m.text), { timeout: 30_000 }).toContain(reply);

    // The admin's audit log has the join, by the supervisor, on this conversation.
    const audit = (await (await page.request.get("/api/audit?kind=conversation.joined")).json()) as AuditPage;
    expect(audit.entries.find((e) => e.target?.id === conversationId)?.actor?.email).toBe("supervisor@switchboard.test");
  } finally {
    await supervisor.page.context().close();
  }
});
