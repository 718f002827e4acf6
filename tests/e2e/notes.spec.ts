import type { Browser } from "@playwright/test";
import { test, expect } from "../fixtures";
import { InboxPage } from "../pages/inbox-page";

const SUPERVISOR = { email: "supervisor@switchboard.test", password: "switchboard-supervisor" };

/** A second person: the demo supervisor, signed in through the form in a browser of their own. */
async function supervisorInbox(browser: Browser, baseURL: string): Promise<InboxPage> {
  // An empty storage state: a new context would otherwise start signed in as the project's admin.
  const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(SUPERVISOR.email);
  await page.getByLabel("Password").fill(SUPERVISOR.password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/inbox/);
  return new InboxPage(page);
}

test("a note written with Note shows as a note to the team and never reaches the contact", async ({ inbox, contact, page, browser, baseURL }) => {
  // Two people and a round trip through the sandbox.
  test.setTimeout(120_000);
  await inbox.open();
  await inbox.openChannel("WhatsApp Support");
  const threadUrl = await inbox.openConversation();
  const destination = await inbox.threadDestination();

  const noteToggle = page.getByRole("button", { name: "Note", exact: true });
  await noteToggle.click();
  await expect(noteToggle).toHaveAttribute("aria-pressed", "true");
  await expect(inbox.composer).toHaveAttribute("placeholder", "Write an internal note — only your team sees it");
  const note = `Internal: refund approved <b>${Date.now()}</b>`;
  await inbox.composer.fill(note);
  await page.getByRole("button", { name: "Add note" }).click();
  const shown = page.getByRole("note", { name: "Internal note by Ada Admin" }).filter({ hasText: note });
  await expect(shown).toBeVisible();
  await expect(shown.getByText("Internal note")).toBeVisible();
  await expect(inbox.composer).toHaveValue("");

  // Back to replies: a reply sent after the note reaches the contact, the note never does.
  await noteToggle.click();
  await expect(noteToggle).toHaveAttribute("aria-pressed", "false");
  const reply = `A reply after the note ${Date.now()}`;
  await inbox.sendWithEnter(reply);
  await expect.poll(async () => (await contact.chat("WhatsApp Support", destination)).messages.map((m) => m.text)).toContain(reply);
  expect((await contact.chat("WhatsApp Support", destination)).messages.map((m) => m.text)).not.toContain(note);

  const supervisor = await supervisorInbox(browser, baseURL!);
  await supervisor.page.goto(threadUrl);
  await expect(supervisor.page.getByRole("note", { name: "Internal note by Ada Admin" }).filter({ hasText: note })).toBeVisible();
  await supervisor.page.context().close();
});

test("a canned reply picked with / and Enter is sent with its variables filled in", async ({ inbox, contact, page, baseURL }) => {
  const shortcut = `greet${Date.now()}`;
  const made = await page.request.post("/api/canned-replies", {
    data: { shortcut, body: "Hello {{contact.name}}, this is {{agent.name}} from {{channel.name}}. {{order.id}}" },
    headers: { origin: baseURL! },
  });
  expect(made.status()).toBe(201);

  await inbox.open();
  await inbox.openChannel("WhatsApp Support");
  await inbox.openConversation();
  const destination = await inbox.threadDestination();
  await inbox.composer.pressSequentially(`/${shortcut.slice(0, -3)}`);
  const picker = page.getByRole("listbox", { name: "Canned replies" });
  await expect(picker.getByRole("option", { name: new RegExp(`/${shortcut}`) })).toHaveAttribute("aria-selected", "true");
  await inbox.composer.press("Enter");
  const filled = `Hello ${destination}, this is Ada Admin from WhatsApp Support. {{order.id}}`;
  await expect(inbox.composer).toHaveValue(filled);
  await expect(picker).toBeHidden();

  await inbox.composer.press("Enter");
  await expect(inbox.message(filled)).toBeVisible();
  await expect.poll(async () => (await contact.chat("WhatsApp Support", destination)).messages.map((m) => m.text)).toContain(filled);
});

test("the / picker moves with the arrow keys and closes with Escape, leaving what was typed", async ({ inbox, page, baseURL }) => {
  const stamp = Date.now();
  for (const [shortcut, body] of [
    [`aa${stamp}`, "First canned"],
    [`ab${stamp}`, "Second canned"],
  ]) {
    const made = await page.request.post("/api/canned-replies", { data: { shortcut, body }, headers: { origin: baseURL! } });
    expect(made.status()).toBe(201);
  }
  await inbox.open();
  await inbox.openChannel("Website chat");
  await inbox.openConversation();
  await inbox.composer.pressSequentially(`/${stamp}`);
  const options = page.getByRole("listbox", { name: "Canned replies" }).getByRole("option");
  await expect(options).toHaveCount(2);
  await inbox.composer.press("ArrowDown");
  await expect(options.nth(1)).toHaveAttribute("aria-selected", "true");
  await inbox.composer.press("Escape");
  await expect(page.getByRole("listbox", { name: "Canned replies" })).toBeHidden();
  await expect(inbox.composer).toHaveValue(`/${stamp}`);
  await inbox.composer.press("Backspace");
  await options.filter({ hasText: "Second canned" }).click();
  await expect(inbox.composer).toHaveValue("Second canned");
});

test("a note of 10,001 characters shows the error and keeps the text", async ({ inbox, page }) => {
  await inbox.open();
  await inbox.openChannel("Website chat");
  await inbox.openConversation();
  await page.getByRole("button", { name: "Note", exact: true }).click();
  const long = "n".repeat(10_001);
  await inbox.composer.fill(long);
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(inbox.composerAlert()).toHaveText("A note can be at most 10,000 characters.");
  await expect(inbox.composer).toHaveValue(long);
});
