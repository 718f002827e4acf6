import { expect, type Locator, type Page } from "@playwright/test";

export class SimulatorPage {
  readonly channel: Locator;
  readonly destination: Locator;
  readonly composer: Locator;

  constructor(readonly page: Page) {
    this.channel = page.getByLabel("Channel");
    this.destination = page.getByLabel("Destination");
    this.composer = page.getByLabel("Your message");
  }

  async open(channelName: string): Promise<void> {
    await this.page.goto("/sandbox");
    await expect(this.page.getByRole("heading", { name: "Contact simulator" })).toBeVisible();
    await this.channel.selectOption({ label: channelName });
  }

  async openChat(destination: string): Promise<void> {
    await this.page.getByRole("button", { name: destination }).first().click();
  }

  async writeAsCustomer(text: string): Promise<void> {
    await this.composer.fill(text);
    await this.page.getByRole("button", { name: "Send as customer" }).click();
  }
}
