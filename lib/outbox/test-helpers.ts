import { eq } from "drizzle-orm";
import type { SessionAgent } from "@/lib/auth/session";
import type { AppConfig } from "@/lib/config";
import { agents, channels, conversations, messages, sandboxMessages } from "@/lib/db/schema";
import type { InboxContext } from "@/lib/inbox/context";
import { openSyncFixture, type SyncFixture } from "@/lib/sync/test-helpers";

/**
 * The outbox's tests: the real stand-in on node:http and the real client, one in-memory PGlite
 * holding the stand-in and the app's tables, with the stand-in's WhatsApp channel mirrored and
 * one agent.
 */
export interface OutboxFixture extends SyncFixture {
  agent: SessionAgent;
  channelId: string;
  ctx: InboxContext;
  config: AppConfig;
  /** The mirrored conversation with a destination (made when missing), by id. */
  chat(destination: string): Promise<string>;
  /** Operator messages with this text the stand-in holds for a destination. */
  upstream(destination: string): Promise<string[]>;
  row(id: number): Promise<typeof messages.$inferSelect>;
}

export async function openOutboxFixture(): Promise<OutboxFixture> {
  const fx = await openSyncFixture();
  const [made] = await fx.db.insert(agents).values({ email: "ana@test", name: "Ana", passwordHash: "x", role: "agent" }).returning();
  const agent: SessionAgent = { id: made.id, email: made.email, name: made.name, role: made.role, channelIds: [] };
  const [channel] = await fx.db
    .insert(channels)
    .values({ platform: fx.whatsapp.platform, platformId: fx.whatsapp.platformId, name: "WhatsApp Support" })
    .returning();
  const ctx: InboxContext = { agent, db: fx.db, sync: { db: fx.db, provider: fx.provider, intervalMs: 1000 } };
  const config = { mode: "sandbox", publicUrl: "http://127.0.0.1:3171" } as AppConfig;
  return {
    ...fx,
    agent,
    channelId: channel.id,
    ctx,
    config,
    async chat(destination) {
      const [row] = await fx.db
        .insert(conversations)
        .values({ channelId: channel.id, destination })
        .onConflictDoNothing()
        .returning({ id: conversations.id });
      if (row) return row.id;
      const [existing] = await fx.db.select({ id: conversations.id }).from(conversations).where(eq(conversations.destination, destination));
      return existing.id;
    },
    async upstream(destination) {
      const rows = await fx.db.select().from(sandboxMessages).where(eq(sandboxMessages.destination, destination)).orderBy(sandboxMessages.id);
      return rows.filter((r) => r.sent === 1).map((r) => r.message);
    },
    async row(id) {
      const [found] = await fx.db.select().from(messages).where(eq(messages.id, id));
      return found;
    },
  };
}
