import { expect, type Locator, type Page } from "@playwright/test";

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** A link whose accessible name starts with `text` (the rest carries times, previews, counts). */
export const startingWith = (text: string) => new RegExp(`^${escapeRegExp(text)}(\\s|$)`);

export class InboxPage {
  readonly channels: Locator;
  readonly conversations: Locator;
  readonly messages: Locator;
  readonly composer: Locator;
  readonly sendButton: Locator;
  /** The header's sign that the event stream is connected. */
  readonly liveIndicator: Locator;
  readonly reconnecting: Locator;

  constructor(readonly page: Page) {
    this.channels = page.getByRole("navigation", { name: "Channels" });
    this.conversations = page.getByRole("navigation", { name: "Conversations" });
    this.messages = page.getByLabel("Messages");
    this.composer = page.getByRole("textbox", { name: "Message" });
    this.sendButton = page.getByRole("button", { name: "Send", exact: true });
    this.liveIndicator = page.getByRole("img", { name: "Live updates on" });
    this.reconnecting = page.getByRole("status").filter({ hasText: "Reconnecting… updates may be delayed" });
  }

  channelLink(name: string): Locator {
    return this.channels.getByRole("link", { name: startingWith(name) });
  }

  conversationLink(destination: string): Locator {
    return this.conversations.getByRole("link", { name: startingWith(destination) });
  }

  /** The agent's unread total, as the page title carries it ("(3) Switchboard"). */
  async unreadTotal(): Promise<number> {
    const match = /^\((\d+)\) Switchboard$/.exec(await this.page.title());
    return match ? Number(match[1]) : 0;
  }

  /** On a phone the open thread covers the list: go back to it (no reload). */
  async showConversationList(): Promise<void> {
    if (!(await this.conversations.isVisible())) await this.page.getByRole("link", { name: "Back" }).click();
    await expect(this.conversations).toBeVisible();
  }

  async open(): Promise<void> {
    await this.page.goto("/inbox");
    await expect(this.channels).toBeVisible();
  }

  async openChannel(name: string): Promise<void> {
    await this.channels.getByRole("link", { name: new RegExp(name) }).click();
    await expect(this.conversations).toBeVisible();
  }

  /** Opens a conversation by its destination (the first one when none is given). */
  async openConversation(destination?: string): Promise<string> {
    const links = this.conversations.getByRole("link");
    // By the raw destination (the row may show a contact's name or a formatted number instead).
    const link = destination ? this.conversationRow(destination) : links.first();
    await expect(link).toBeVisible();
    await link.click();
    // A supervisor views others' conversations silently: the "Join" bar stands in for the composer.
    await expect(this.composer.or(this.joinButton)).toBeVisible();
    return this.page.url();
  }

  /** The "Join" button of a conversation a supervisor views silently. */
  get joinButton(): Locator {
    return this.page.getByRole("button", { name: "Join", exact: true });
  }

  /** Joins the open conversation when viewing it silently (a supervisor), so the composer shows. */
  async joinIfSilent(): Promise<void> {
    await expect(this.composer.or(this.joinButton)).toBeVisible();
    if (await this.joinButton.isVisible()) await this.joinButton.click();
    await expect(this.composer).toBeVisible();
  }

  /** A conversation's row in the list, by its raw destination. */
  conversationRow(destination: string): Locator {
    return this.conversations.locator(`a[data-destination="${destination.replaceAll('"', '\\"')}"]`).first();
  }

  /** The open conversation's destination (the platform's id), once its thread has loaded. */
  async threadDestination(): Promise<string> {
    const title = this.page.locator("#thread-title [data-destination]");
    await expect(title).toBeVisible();
    return (await title.getAttribute("data-destination"))!;
  }

  async sendWithEnter(text: string): Promise<void> {
    await this.composer.fill(text);
    await this.composer.press("Enter");
  }

  /** Attaches a file through the composer's "Attach file" tool (the file picker). */
  async attachFile(file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
    const chooser = this.page.waitForEvent("filechooser");
    await pickComposerTool(this.page, "Attach file");
    await (await chooser).setFiles(file);
    await expect(this.page.getByRole("group", { name: "Attachment" })).toBeVisible();
  }

  /** The composer's error line (an API refusal, a client-side check). */
  composerAlert(): Locator {
    return this.page.getByRole("form", { name: "Reply" }).getByRole("alert");
  }

  /** The thread bubble that holds `text` (a caption or a reply). */
  bubble(text: string): Locator {
    return this.messages.getByRole("listitem").filter({ hasText: text });
  }

  message(text: string): Locator {
    return this.messages.getByText(text, { exact: true });
  }
}

/**
 * Clicks one of the composer's tools: a button of its own on wide screens, an item of the
 * "Attach" menu on phones (so the message box and Send share one row).
 */
export async function pickComposerTool(page: Page, name: "Attach file" | "Record voice note" | "Send a file by URL" | "Send contact"): Promise<void> {
  const button = page.getByRole("button", { name, exact: true });
  if (await button.isVisible()) return button.click();
  await page.getByRole("button", { name: "Attach", exact: true }).click();
  await page.getByRole("menu", { name: "Attach" }).getByRole("menuitem", { name, exact: true }).click();
}
