import { expect, type Locator, type Page } from "@playwright/test";

export class InboxPage {
  readonly channels: Locator;
  readonly conversations: Locator;
  readonly messages: Locator;
  readonly composer: Locator;
  readonly sendButton: Locator;

  constructor(readonly page: Page) {
    this.channels = page.getByRole("navigation", { name: "Channels" });
    this.conversations = page.getByRole("navigation", { name: "Conversations" });
    this.messages = page.getByLabel("Messages");
    this.composer = page.getByRole("textbox", { name: "Message" });
    this.sendButton = page.getByRole("button", { name: "Send", exact: true });
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
    const link = destination ? links.filter({ hasText: destination }).first() : links.first();
    await expect(link).toBeVisible();
    await link.click();
    await expect(this.composer).toBeVisible();
    return this.page.url();
  }

  /** The open conversation's destination, once its thread has loaded. */
  async threadDestination(): Promise<string> {
    const heading = this.page.locator("#thread-title");
    await expect(heading).not.toHaveText("Conversation");
    return (await heading.innerText()).trim();
  }

  async sendWithEnter(text: string): Promise<void> {
    await this.composer.fill(text);
    await this.composer.press("Enter");
  }

  message(text: string): Locator {
    return this.messages.getByText(text, { exact: true });
  }
}
