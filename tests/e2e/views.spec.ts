import { test, expect } from "../fixtures";

// A sync every 2 s plus the event's way to the browser (see live.spec.ts).
const LIVE = { timeout: 8_000 };
const count = (label: string) => new RegExp(`^${label} (\\d+)$`);

test("the view tabs show counts; tab, status and Unread only filter the list; the URL keeps the view", async ({ inbox, contact, page }) => {
  const destination = `views-${Date.now()}`;
  // Telegram Bot: no other spec assigns there, so the admin's Mine is empty and All = Unassigned.
  await contact.write("Telegram Bot", destination, `Where is my order? ${destination}`);
  await inbox.open();
  await inbox.openChannel("Telegram Bot");
  await expect(inbox.conversationLink(destination)).toBeVisible(LIVE);

  const tabs = page.getByRole("tablist", { name: "Views" });
  const tab = (label: string) => tabs.getByRole("tab", { name: count(label) });
  // Nothing is assigned in the demo: the admin's Mine is empty, everything is unassigned.
  await expect(tab("Mine")).toHaveAccessibleName("Mine 0");
  const all = Number(count("All").exec((await tab("All").textContent())!.trim())?.[1]);
  await expect(tab("Unassigned")).toHaveAccessibleName(`Unassigned ${all}`);
  expect(all).toBeGreaterThan(1);
  await expect(inbox.conversations.getByRole("link")).toHaveCount(all);

  await tab("Mine").click();
  await expect(page).toHaveURL(/view=mine/);
  await expect(tab("Mine")).toHaveAttribute("aria-selected", "true");
  await expect(inbox.conversations).toContainText("No conversations match this view.");

  await tab("Unassigned").click();
  await expect(inbox.conversationLink(destination)).toBeVisible();
  await page.getByLabel("Status").selectOption("resolved");
  await expect(page).toHaveURL(/status=resolved/);
  await expect(inbox.conversations).toContainText("No conversations match this view.");
  await expect(tab("All")).toHaveAccessibleName("All 0");

  // A reload keeps the view: the tab, the status and the empty list.
  await page.reload();
  await expect(page.getByLabel("Status")).toHaveValue("resolved");
  await expect(tab("Unassigned")).toHaveAttribute("aria-selected", "true");
  await expect(inbox.conversations).toContainText("No conversations match this view.");
  // Back undoes the status change.
  await page.goBack();
  await expect(page.getByLabel("Status")).toHaveValue("open");
  await expect(inbox.conversationLink(destination)).toBeVisible();

  // Unread only: the new conversation is there until the admin reads it.
  await page.getByLabel("Unread only").check();
  await expect(page).toHaveURL(/unread=1/);
  await expect(inbox.conversationLink(destination)).toBeVisible();
  const unreadRows = await inbox.conversations.getByRole("link").count();
  // Opening it reads it: wait for the read to be stored before the reload.
  const read = page.waitForResponse((r) => r.request().method() === "POST" && /\/api\/conversations\/[^/]+\/read$/.test(new URL(r.url()).pathname));
  await inbox.openConversation(destination);
  expect((await read).status()).toBe(200);
  await expect(page).toHaveURL(/unread=1/);
  // Read once the mark-read answer lands (its badge goes); only then does the server list without it.
  await inbox.showConversationList();
  await expect(inbox.conversationLink(destination)).not.toHaveAccessibleName(/unread/);
  await page.reload();
  // On a phone the open thread covers the list: Back keeps the view.
  await inbox.showConversationList();
  await expect(page).toHaveURL(/unread=1/);
  await expect(page.getByLabel("Unread only")).toBeChecked();
  await expect(inbox.conversationLink(destination)).toHaveCount(0);
  await expect(inbox.conversations.getByRole("link")).toHaveCount(unreadRows - 1);
});

test("All channels lists conversations from several channels and opens one in its channel", async ({ inbox, contact, page }) => {
  const stamp = Date.now();
  const web = `all-web-${stamp}`;
  const whatsapp = `all-wa-${stamp}`;
  await contact.write("Website chat", web, `Hi from the web ${stamp}`);
  await contact.write("WhatsApp Support", whatsapp, `Hi from WhatsApp ${stamp}`);
  await inbox.open();
  await inbox.channels.getByRole("link", { name: "All channels" }).click();
  await expect(page).toHaveURL(/\/inbox\/all$/);
  await expect(inbox.conversationLink(web)).toBeVisible(LIVE);
  await expect(inbox.conversationLink(whatsapp)).toBeVisible(LIVE);
  await expect(inbox.conversationLink(web)).toContainText("Website chat");
  await expect(inbox.conversationLink(whatsapp)).toContainText("WhatsApp Support");
  await expect(page.getByRole("tab", { name: count("All") })).toHaveAttribute("aria-selected", "true");

  await inbox.conversationLink(whatsapp).click();
  await expect(page).toHaveURL(/\/inbox\/[0-9a-f-]{36}\/[0-9a-f-]{36}$/);
  await expect(inbox.message(`Hi from WhatsApp ${stamp}`)).toBeVisible();
  // Its channel's list (not All channels) is the one beside it (on a phone, one step back).
  await inbox.showConversationList();
  await expect(inbox.conversationLink(whatsapp)).toBeVisible();
  await expect(inbox.conversationLink(web)).toHaveCount(0);
});
