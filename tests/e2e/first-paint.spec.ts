import type { ChannelsResponse, ConversationsResponse, ThreadResponse } from "@/lib/inbox/types";
import { ADMIN_STATE, expect, test } from "../fixtures";
import { startingWith } from "../pages/inbox-page";

/** A channel with a conversation that has a text message, read through the API the client uses. */
async function someConversation(request: import("@playwright/test").APIRequestContext) {
  const { channels } = (await (await request.get("/api/channels")).json()) as ChannelsResponse;
  for (const channel of channels) {
    const list = (await (await request.get(`/api/channels/${channel.id}/conversations`)).json()) as ConversationsResponse;
    for (const conversation of list.conversations) {
      const thread = (await (await request.get(`/api/conversations/${conversation.id}/messages`)).json()) as ThreadResponse;
      const message = thread.messages.find((m) => m.text && m.kind !== "note");
      if (message) return { channel, conversation, text: message.text! };
    }
  }
  return null;
}

test("a conversation's first HTML already shows the channels, the conversation list and the thread (JavaScript off)", async ({ browser, page, baseURL }) => {
  // The sandbox's chats are mirrored shortly after the start.
  let found: Awaited<ReturnType<typeof someConversation>> = null;
  await expect.poll(async () => (found = await someConversation(page.request)), { timeout: 30_000 }).not.toBeNull();
  const { channel, conversation, text } = found!;

  // Desktop width on every project: a phone shows only the deepest pane.
  const context = await browser.newContext({ baseURL, storageState: ADMIN_STATE, javaScriptEnabled: false, viewport: { width: 1280, height: 800 } });
  const noJs = await context.newPage();
  await noJs.goto(`/inbox/${channel.id}/${conversation.id}`);
  await expect(noJs.getByRole("navigation", { name: "Channels" }).getByRole("link", { name: startingWith(channel.name) })).toBeVisible();
  await expect(noJs.getByRole("navigation", { name: "Conversations" }).getByRole("link", { name: startingWith(conversation.contactName ?? conversation.destination) }).first()).toBeVisible();
  await expect(noJs.getByRole("log", { name: "Messages" }).getByText(text, { exact: true }).first()).toBeVisible();
  await expect(noJs.getByText(/^Loading (channels|conversations)/)).toHaveCount(0);
  await context.close();
});
