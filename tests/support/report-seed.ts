import { randomUUID } from "node:crypto";
import { expect, type APIRequestContext } from "@playwright/test";
import type { ContactApi } from "../fixtures";
import type { ChannelsResponse, ConversationResponse, ConversationsResponse } from "@/lib/inbox/types";

/**
 * Seeds the reports' data set through the app's real paths: customers write from the sandbox's
 * contact simulator (the sync mirrors them), and the signed-in admin labels, assigns, replies and
 * resolves through the API, as the inbox does. Each run has its own label, so the report filtered
 * by it holds exactly these conversations whatever else the shared server has seen.
 */
export const CHANNEL = "Website chat";
// A sync every 2 s, and the outbox's delivery: generous on a machine shared by several people.
const SYNC = { timeout: 20_000, intervals: [250, 500, 1_000] };

export class AppApi {
  constructor(
    readonly request: APIRequestContext,
    /** Every write names the app's origin (the CSRF check). */
    private readonly origin: string,
  ) {}

  async send<T>(method: "POST" | "PUT", url: string, data: unknown): Promise<T> {
    const res = await this.request.fetch(url, { method, data, headers: { origin: this.origin, "content-type": "application/json" } });
    expect(res.ok(), `${method} ${url}: ${res.status()} ${await res.text()}`).toBe(true);
    return (await res.json()) as T;
  }

  async get<T>(url: string): Promise<T> {
    const res = await this.request.get(url);
    expect(res.ok(), `GET ${url}: ${res.status()}`).toBe(true);
    return (await res.json()) as T;
  }

  async channelId(name: string): Promise<string> {
    const { channels } = await this.get<ChannelsResponse>("/api/channels");
    const channel = channels.find((c) => c.name === name);
    if (!channel) throw new Error(`no channel named ${name}`);
    return channel.id;
  }

  /** The conversation's id once the sync has mirrored the customer's first message. */
  async conversationOf(channelId: string, destination: string): Promise<string> {
    let id: string | undefined;
    await expect
      .poll(async () => {
        const page = await this.get<ConversationsResponse>(`/api/channels/${channelId}/conversations`);
        id = page.conversations.find((c) => c.destination === destination)?.id;
        return id;
      }, SYNC)
      .toBeTruthy();
    return id!;
  }

  /** Waits until the sync has mirrored this many customer messages, and the status is `status`. */
  async waitFor(conversationId: string, inbound: number, status: string): Promise<void> {
    await expect
      .poll(async () => {
        const { conversation } = await this.get<ConversationResponse>(`/api/conversations/${conversationId}`);
        return `${conversation.inboundCount} ${conversation.status}`;
      }, SYNC)
      .toBe(`${inbound} ${status}`);
  }

  label = (conversationId: string, labelId: string) => this.send("PUT", `/api/conversations/${conversationId}/labels`, { labelIds: [labelId] });
  assign = (conversationId: string, assigneeId: string) => this.send("PUT", `/api/conversations/${conversationId}/assignee`, { assigneeId });
  reply = (conversationId: string, text: string) => this.send("POST", `/api/conversations/${conversationId}/messages`, { idempotencyKey: randomUUID(), text });
  resolve = (conversationId: string) => this.send("PUT", `/api/conversations/${conversationId}/status`, { status: "resolved" });
}

export interface ReportSeed {
  labelId: string;
  labelName: string;
  agent: { id: string; name: string };
  /** When each customer message was written: the heatmap's cells. */
  inboundAt: Date[];
  /** From the first customer message to the last action: bounds every duration. */
  startedAt: number;
}

/**
 * Three customers on one channel, all carrying a fresh label:
 * - A writes twice; assigned to the new agent, answered, resolved; writes again (the conversation
 *   reopens: a second cycle), resolved again.
 * - B writes once; assigned to the new agent, answered, left open.
 * - C writes once; nobody assigned, nobody answered.
 * Known answers: opened 4 (A's two cycles, B, C), resolved 2, reopened 1, messages in 5, out 2;
 * first responses over 2 cycles (A's first, B), resolutions over 2 (both of A's); the agent
 * handled 3 (A twice, B) and resolved 2.
 */
export async function seedReport(api: AppApi, contact: ContactApi): Promise<ReportSeed> {
  const run = `${Date.now()}`.slice(-6);
  const channelId = await api.channelId(CHANNEL);
  const { label } = await api.send<{ label: { id: string; name: string } }>("POST", "/api/labels", { name: `Priorité ${run}`, color: "#0f766e" });
  // Accents and a tilde: the page and every CSV must show them as typed.
  const { agent } = await api.send<{ agent: { id: string; name: string } }>("POST", "/api/agents", {
    name: `Zoë Núñez ${run}`,
    email: `zoe-${run}-${Math.random().toString(36).slice(2, 8)}@switchboard.test`,
    password: `zoe-password-${run}`,
    role: "agent",
    channelIds: [channelId],
  });
  const inboundAt: Date[] = [];
  const write = async (destination: string, text: string) => {
    await contact.write(CHANNEL, destination, text);
    inboundAt.push(new Date());
  };
  const startedAt = Date.now();
  const [a, b, c] = ["a", "b", "c"].map((x) => `report-${run}-${x}`);

  await write(a, `Hello, my parcel has not arrived (${a})`);
  await write(a, `It was due on Monday (${a})`);
  const idA = await api.conversationOf(channelId, a);
  // Both messages mirrored before anyone acts: a late second one would start a new cycle.
  await api.waitFor(idA, 2, "open");
  await api.label(idA, label.id);
  await api.assign(idA, agent.id);
  await api.reply(idA, "Sorry about that, we are looking into it.");
  await api.resolve(idA);

  await write(b, `Can I change my address? (${b})`);
  const idB = await api.conversationOf(channelId, b);
  await api.label(idB, label.id);
  await api.assign(idB, agent.id);
  await api.reply(idB, "Yes: tell me the new one.");

  await write(c, `Do you ship to Canada? (${c})`);
  const idC = await api.conversationOf(channelId, c);
  await api.label(idC, label.id);

  await write(a, `It is here now, thank you (${a})`);
  await api.waitFor(idA, 3, "open");
  await api.resolve(idA);
  return { labelId: label.id, labelName: label.name, agent, inboundAt, startedAt };
}

/** Monday-first weekday (0–6) and hour of an instant in a time zone: a heatmap cell. */
export function heatmapCell(at: Date, timeZone: string): { day: number; hour: number } {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, weekday: "short", hour: "2-digit", hourCycle: "h23" }).formatToParts(at);
  const weekday = parts.find((p) => p.type === "weekday")!.value;
  const hour = Number(parts.find((p) => p.type === "hour")!.value);
  return { day: ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"].indexOf(weekday), hour };
}

/** A calendar day (YYYY-MM-DD) of an instant in a time zone. */
export const dayIn = (at: Date, timeZone: string) => new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit" }).format(at);
