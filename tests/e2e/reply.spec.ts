import { test, expect } from "../fixtures";

test("an agent opens a conversation, replies with Enter, and the contact sees the reply", async ({ inbox, simulator, page }) => {
  await inbox.open();
  await expect(page.getByText("Sandbox").first()).toBeVisible();
  await inbox.openChannel("WhatsApp Support");
  await inbox.openConversation();
  const destination = await inbox.threadDestination();

  const reply = `Thanks for writing — we are on it ✅ ${Date.now()}`;
  await inbox.sendWithEnter(reply);
  await expect(inbox.message(reply)).toBeVisible();
  await expect(inbox.composer).toHaveValue("");

  await simulator.open("WhatsApp Support (whatsapp)");
  await simulator.openChat(destination);
  await expect(page.getByRole("log", { name: "Messages" }).getByText(reply)).toBeVisible();
});

test("Shift+Enter adds a line instead of sending", async ({ inbox }) => {
  await inbox.open();
  await inbox.openChannel("Telegram Bot");
  await inbox.openConversation();
  await inbox.composer.fill("first line");
  await inbox.composer.press("Shift+Enter");
  await inbox.composer.pressSequentially("second line");
  await expect(inbox.composer).toHaveValue("first line\nsecond line");
});

test("a message written in the contact simulator shows in the thread after a reload", async ({ inbox, simulator, page }) => {
  await inbox.open();
  await inbox.openChannel("Website chat");
  const threadUrl = await inbox.openConversation();
  const destination = await inbox.threadDestination();

  const text = `Hello from the customer 👋 ${Date.now()}`;
  await simulator.open("Website chat (webchat)");
  await simulator.openChat(destination);
  await simulator.writeAsCustomer(text);
  await expect(page.getByRole("log", { name: "Messages" }).getByText(text)).toBeVisible();

  await page.goto(threadUrl);
  await expect(inbox.message(text)).toBeVisible();
});

test("an empty or too long reply gets a message and keeps the text", async ({ inbox, page }) => {
  await inbox.open();
  await inbox.openChannel("WhatsApp Support");
  await inbox.openConversation();
  await inbox.composer.fill("   ");
  await inbox.sendButton.click();
  await expect(page.getByText("Write a message first.")).toBeVisible();

  const long = "x".repeat(10_000);
  await inbox.composer.fill(long);
  await inbox.sendButton.click();
  await expect(page.getByText(/at most 4096 characters/)).toBeVisible();
  await expect(inbox.composer).toHaveValue(long);
});

test("a conversation that does not exist shows a message, not a blank page", async ({ inbox, page }) => {
  await inbox.open();
  await inbox.openChannel("WhatsApp Support");
  const channelUrl = page.url();
  await page.goto(`${channelUrl.replace(/\/$/, "")}/7b0c1f0e-6a43-4e7e-9d59-3d8f4a3b2a10`);
  await expect(page.getByText("Conversation not found")).toBeVisible();
});
