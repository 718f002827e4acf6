// Setup and bookkeeping for `bench:fanout`: agents seeded straight into the database (signing
// 130 agents up through the app would need an admin session and cost-12 hashes), the contact's
// writes through the sandbox simulator, and the events table read back for commit times.
import bcrypt from "bcryptjs";
import { gt, sql } from "drizzle-orm";
import { openDatabase, type DatabaseTarget } from "@/lib/db/client";
import { agents, events } from "@/lib/db/schema";
import type { SimulatorChannelsResponse } from "@/lib/sandbox/simulator-schema";
import { signIn } from "../../tests/support/session";
import { inBatches } from "./fanout-streams";

export const AGENT_PASSWORD = "fanout-bench-password";
export const agentEmail = (i: number) => `fanout-${i}@bench.test`;

/**
 * Inserts `count` agents sharing one password. The hash is made once at cost 4: sign-in still
 * runs the real bcrypt check, only cheaper, so 130 sign-ins do not take a minute of CPU.
 * PGlite has one owner: call this before the app starts on the same directory.
 */
export async function seedAgents(target: DatabaseTarget, count: number): Promise<void> {
  const database = await openDatabase(target);
  try {
    const passwordHash = await bcrypt.hash(AGENT_PASSWORD, 4);
    const rows = Array.from({ length: count }, (_, i) => ({ email: agentEmail(i), name: `Fanout ${i}`, passwordHash, role: "agent" as const }));
    await database.db.insert(agents).values(rows).onConflictDoNothing();
  } finally {
    await database.close();
  }
}

/** One session cookie per agent, signed in through the app's real endpoint, a few at a time. */
export function signInAgents(baseUrl: string, count: number): Promise<string[]> {
  return inBatches(Array.from({ length: count }, (_, i) => i), 8, (i) => signIn(baseUrl, agentEmail(i), AGENT_PASSWORD));
}

/** The contact's side: posts through the simulator as the simulator page does (same origin). */
export async function contactWriter(baseUrl: string): Promise<{ write: (destination: string, text: string) => Promise<void>; channelId: number }> {
  const res = await fetch(`${baseUrl}/sandbox/simulator/channels`);
  const { channels } = (await res.json()) as SimulatorChannelsResponse;
  const channel = channels[0];
  if (!channel) throw new Error("the sandbox has no channel");
  return {
    channelId: channel.id,
    write: async (destination, text) => writeAsContact(baseUrl, channel.id, destination, text),
  };
}

export async function writeAsContact(baseUrl: string, channelId: number, destination: string, text: string): Promise<void> {
  const res = await fetch(`${baseUrl}/sandbox/simulator/channels/${channelId}/chats/${encodeURIComponent(destination)}/messages`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify({ text }),
    signal: AbortSignal.timeout(10_000),
  });
  if (res.status !== 201) throw new Error(`simulator write via ${baseUrl} answered ${res.status}: ${await res.text()}`);
}

export interface EventRow {
  id: number;
  type: string;
  agentId: string | null;
  /** `created_at` in wall-clock ms: the writing transaction's start (`now()`), so at or before its commit. */
  createdAt: number;
}

/** Events after `afterId` with their creation times (for PGlite: only once the app has stopped). */
export async function readEvents(target: DatabaseTarget, afterId: number): Promise<EventRow[]> {
  const database = await openDatabase(target);
  try {
    const rows = await database.db
      .select({ id: events.id, type: events.type, agentId: events.agentId, ms: sql<number>`extract(epoch from ${events.createdAt}) * 1000`.mapWith(Number) })
      .from(events)
      .where(gt(events.id, afterId))
      .orderBy(events.id);
    return rows.map((r) => ({ id: r.id, type: r.type, agentId: r.agentId, createdAt: r.ms }));
  } finally {
    await database.close();
  }
}
