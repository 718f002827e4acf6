import { test as base, expect, type APIRequestContext } from "@playwright/test";
import { InboxPage } from "./pages/inbox-page";
import { SimulatorPage } from "./pages/simulator-page";

export const ADMIN = { email: "admin@switchboard.test", password: "switchboard-admin" };
export const ADMIN_STATE = "test-results/.auth/admin.json";
export const AGENT = { email: "agent@switchboard.test", password: "switchboard-agent" };
export const AGENT_STATE = "test-results/.auth/agent.json";

interface SimulatorChannel {
  id: number | string;
  platform: string;
  platformId: string;
  name: string;
}

/** Plays the contact through the sandbox's public simulator API, as a person would on /sandbox. */
export class ContactApi {
  constructor(
    private readonly request: APIRequestContext,
    /** The app's origin: the simulator, like every write, only takes requests from its own pages. */
    private readonly origin: string,
  ) {}

  private channels: SimulatorChannel[] | null = null;

  async channel(name: string): Promise<SimulatorChannel> {
    // The sandbox's channels never change during a run: read once per test.
    if (!this.channels) {
      const res = await this.request.get("/sandbox/simulator/channels");
      this.channels = ((await res.json()) as { channels: SimulatorChannel[] }).channels;
    }
    const channels = this.channels;
    const channel = channels.find((c) => c.name === name);
    if (!channel) throw new Error(`no sandbox channel named ${name}`);
    return channel;
  }

  async write(channelName: string, destination: string, text: string): Promise<void> {
    const channel = await this.channel(channelName);
    const res = await this.request.post(`/sandbox/simulator/channels/${channel.id}/chats/${encodeURIComponent(destination)}/messages`, { data: { text }, headers: { origin: this.origin } });
    expect(res.ok()).toBe(true);
  }

  /** The chat's messages as the contact's phone has them. */
  async chat(channelName: string, destination: string): Promise<ContactApiChat> {
    return readContactChat(this.request, await this.channel(channelName), destination);
  }
}

export interface SimulatorChatMessage {
  from: string;
  text: string;
  file: { type: string; url: string; thumbUrl: string | null } | null;
}

export interface ContactApiChat {
  messages: SimulatorChatMessage[];
}

/** Reads a chat as the contact sees it (the simulator's API). */
export async function readContactChat(request: APIRequestContext, channel: SimulatorChannel, destination: string): Promise<ContactApiChat> {
  const res = await request.get(`/sandbox/simulator/channels/${channel.id}/chats/${encodeURIComponent(destination)}`);
  expect(res.ok()).toBe(true);
  return (await res.json()) as ContactApiChat;
}

export const test = base.extend<{ inbox: InboxPage; simulator: SimulatorPage; contact: ContactApi; agentInbox: InboxPage }>({
  inbox: async ({ page }, provide) => provide(new InboxPage(page)),
  /** A second person at the same time: the demo agent, in a browser of their own (same device). */
  agentInbox: async ({ browser, baseURL, viewport, userAgent, isMobile, hasTouch, deviceScaleFactor }, provide) => {
    const context = await browser.newContext({ baseURL, viewport, userAgent, isMobile, hasTouch, deviceScaleFactor, storageState: AGENT_STATE });
    await provide(new InboxPage(await context.newPage()));
    await context.close();
  },
  simulator: async ({ page }, provide) => provide(new SimulatorPage(page)),
  contact: async ({ request, baseURL }, provide) => provide(new ContactApi(request, baseURL!)),
});

export { expect };
