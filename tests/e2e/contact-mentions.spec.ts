import type { Browser } from "@playwright/test";
import { test, expect } from "../fixtures";
import { InboxPage } from "../pages/inbox-page";

async function signedInAs(browser: Browser, baseURL: string, email: string, password: string): Promise<InboxPage> {
  // An empty storage state: a new context would otherwise start signed in as the project's admin.
  const context = await browser.newContext({ baseURL, storageState: { cookies: [], origins: [] }, viewport: test.info().project.use.viewport ?? undefined });
  const page = await context.newPage();
  await page.goto("/login");
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password").fill(password);
  await page.getByRole("button", { name: "Sign in", exact: true }).click();
  await expect(page).toHaveURL(/\/inbox/);
  return new InboxPage(page);
}

test("the Contact panel edits the contact, keeps what was typed on an error, and lists its conversations", async ({ inbox, page }) => {
  await inbox.open();
  await inbox.openChannel("WhatsApp Support");
  await inbox.openConversation();
  await inbox.composer.fill("a draft that must survive");
  await page.getByRole("button", { name: "Contact", exact: true }).click();
  const panel = page.getByRole("complementary", { name: "Contact" });
  await expect(panel).toBeVisible();

  const email = panel.getByLabel("Email");
  await email.fill("not an email");
  await panel.getByLabel("Notes").fill("Prefers mornings");
  await panel.getByRole("button", { name: "Save" }).click();
  await expect(panel.getByText("Enter an email address like name@example.com.").first()).toBeVisible();
  await expect(email).toHaveValue("not an email");
  await expect(email).toHaveAttribute("aria-invalid", "true");
  await expect(panel.getByLabel("Notes")).toHaveValue("Prefers mornings");

  await email.fill("customer@example.com");
  await panel.getByRole("button", { name: "Save" }).click();
  await expect(panel.getByRole("status")).toHaveText("Saved.");
  await expect(panel.getByRole("link", { name: /WhatsApp Support/ })).toBeVisible();

  // Opening and closing the panel never touched the composer's draft; after a reload the panel reads the saved contact.
  await panel.getByRole("button", { name: "Close" }).click();
  await expect(panel).toBeHidden();
  await expect(inbox.composer).toHaveValue("a draft that must survive");
  await page.reload();
  await page.getByRole("button", { name: "Contact", exact: true }).click();
  await expect(page.getByRole("complementary", { name: "Contact" }).getByLabel("Email")).toHaveValue("customer@example.com");
});

test("an @mention reaches the named agent's Mentions view, which opens the conversation and marks it read", async ({ inbox, page, browser, baseURL }) => {
  test.setTimeout(120_000);
  await inbox.open();
  await inbox.openChannel("Website chat");
  const threadUrl = await inbox.openConversation();
  await page.getByRole("button", { name: "Note", exact: true }).click();
  const note = `@sam can you call them back? ${Date.now()}`;
  await inbox.composer.fill(note);
  await page.getByRole("button", { name: "Add note" }).click();
  await expect(page.getByRole("note").filter({ hasText: note })).toBeVisible();

  const sam = await signedInAs(browser, baseURL!, "supervisor@switchboard.test", "switchboard-supervisor");
  const link = sam.page.getByRole("link", { name: /^Mentions/ });
  await expect(link).toHaveAccessibleName(/\d+ unread/);
  await link.click();
  const item = sam.page.getByRole("list", { name: "Mentions" }).getByRole("button").filter({ hasText: note });
  await expect(item).toContainText("Unread");
  await expect(item).toContainText("Ada Admin");
  await item.click();
  await expect(sam.page).toHaveURL(threadUrl);
  await expect(sam.page.getByRole("note").filter({ hasText: note })).toBeVisible();
  await sam.page.goto("/inbox/mentions");
  await expect(sam.page.getByRole("list", { name: "Mentions" }).getByRole("button").filter({ hasText: note })).not.toContainText("Unread");
  await sam.page.context().close();
});
