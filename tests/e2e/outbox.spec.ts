import { pickComposerTool } from "../pages/inbox-page";
import { test, expect } from "../fixtures";

const CHANNEL = "Telegram Bot";

test("a double-clicked Send stores one message", async ({ inbox, contact, page }) => {
  await inbox.open();
  await inbox.openChannel(CHANNEL);
  const threadUrl = await inbox.openConversation();
  const destination = await inbox.threadDestination();

  const text = `Only once, please ${Date.now()}`;
  await inbox.composer.fill(text);
  await inbox.sendButton.dblclick();
  await expect(inbox.message(text)).toHaveCount(1);
  await expect(inbox.composer).toHaveValue("");

  await page.goto(threadUrl);
  await expect(inbox.message(text)).toHaveCount(1);
  await expect
    .poll(async () => (await contact.chat("Telegram Bot", destination)).messages.filter((m) => m.text === text).length)
    .toBe(1);
  // Long enough for a duplicate send to have landed too.
  await page.waitForTimeout(1500);
  expect((await contact.chat("Telegram Bot", destination)).messages.filter((m) => m.text === text)).toHaveLength(1);
});

test("a reply shows at once as sending, then the provider's status, as the agent's own “You”", async ({ inbox, request, baseURL }) => {
  await inbox.open();
  await inbox.openChannel(CHANNEL);
  await inbox.openConversation();
  // The sandbox holds the next send for 4 s, so the bubble's "Sending…" can be seen.
  const fault = await request.post("/sandbox/simulator/faults", {
    data: { kind: "latency", ms: 4000, methods: ["sendmessage"] },
    headers: { origin: baseURL!, "content-type": "application/json" },
  });
  expect(fault.status()).toBe(201);
  const text = `Status check ${Date.now()}`;
  await inbox.sendWithEnter(text);
  const bubble = inbox.bubble(text);
  await expect(bubble.getByText("Sending…", { exact: true })).toBeVisible({ timeout: 3000 });
  // The signed-in agent's own reply reads "You" (issue 14): shown on the first of a run, else for screen readers.
  await expect(bubble.getByText(/^You:?$/)).toBeVisible();
  await expect(bubble.getByText(/^(Sent|Delivered|Read)$/)).toBeVisible();
  await expect(bubble.getByText("Sending…", { exact: true })).toHaveCount(0);
});

/*
 * A file URL the app accepts (a browser reads the space as %20) but the provider refuses
 * (INCORRECT_FILEURL: Afilnet takes no whitespace in fileurl), a permanent error: the reply is
 * marked failed with the reason and a Retry.
 */
test("a send the provider refuses shows the error and a Retry that queues it again", async ({ inbox, page }) => {
  await inbox.open();
  await inbox.openChannel(CHANNEL);
  await inbox.openConversation();
  await pickComposerTool(page, "Send a file by URL");
  await page.getByLabel("File URL").fill("https://example.com/price list.pdf");
  await page.getByLabel("File type").selectOption("document");
  const caption = `Refused upstream ${Date.now()}`;
  await inbox.composer.fill(caption);
  await page.getByRole("button", { name: "Send by URL" }).click();

  const bubble = inbox.bubble(caption);
  await expect(bubble.getByText("Not sent")).toBeVisible({ timeout: 30_000 });
  // What happened and what to do, with the provider's code as a detail.
  await expect(bubble.getByRole("alert")).toContainText("The provider could not download the file.");
  await expect(bubble.getByRole("alert")).toContainText("(code INCORRECT_FILEURL)");
  const retry = bubble.getByRole("button", { name: "Retry" });
  await expect(retry).toBeVisible();

  const answered = page.waitForResponse((res) => /\/api\/messages\/\d+\/retry$/.test(res.url()));
  await retry.click();
  expect((await answered).status()).toBe(200);
  // The same URL is refused again: the reply ends failed once more, still one message.
  await expect(bubble.getByText("Not sent")).toBeVisible({ timeout: 30_000 });
  await expect(inbox.bubble(caption)).toHaveCount(1);
});

test("a reply the provider refused is sent by Retry once the provider takes it", async ({ inbox, contact, request, baseURL }) => {
  await inbox.open();
  await inbox.openChannel(CHANNEL);
  await inbox.openConversation();
  const destination = await inbox.threadDestination();
  // The sandbox refuses the next send with a permanent provider error, then accepts again.
  const fault = await request.post("/sandbox/simulator/faults", {
    data: { kind: "error", code: "CHAT_NOT_FOUND", methods: ["sendmessage"] },
    headers: { origin: baseURL!, "content-type": "application/json" },
  });
  expect(fault.status()).toBe(201);

  const text = `Second time lucky ${Date.now()}`;
  await inbox.sendWithEnter(text);
  const bubble = inbox.bubble(text);
  await expect(bubble.getByText("Not sent")).toBeVisible({ timeout: 30_000 });
  await expect(bubble.getByRole("alert")).toContainText("The customer has to write in again before you can answer.");
  await expect(bubble.getByRole("alert")).toContainText("(code CHAT_NOT_FOUND)");

  await bubble.getByRole("button", { name: "Retry" }).click();
  await expect(bubble.getByText(/^(Sent|Delivered|Read)$/)).toBeVisible({ timeout: 30_000 });
  await expect(inbox.bubble(text)).toHaveCount(1);
  await expect
    .poll(async () => (await contact.chat(CHANNEL, destination)).messages.filter((m) => m.text === text).length)
    .toBe(1);
});
