import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { sandboxChannels, sandboxMessages } from "@/lib/db/schema";
import { INBOUND_STATUS } from "./store";
import { SEED_CHANNELS } from "./seed-data";

// Any fixed number: it only has to be the same in every instance sharing one PostgreSQL.
const SEED_LOCK_KEY = 7_350_101;

/**
 * Seeds the demo on the first start only: once any sandbox channel exists, nothing is added
 * back, so what people did in the sandbox survives restarts. Instances starting together on one
 * PostgreSQL queue on a transaction-level advisory lock; the first seeds, the others see it done.
 */
export async function seedSandbox(db: Db, options: { now?: Date } = {}): Promise<void> {
  const now = (options.now ?? new Date()).getTime();
  await db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(${SEED_LOCK_KEY})`);
    const existing = await tx.select({ id: sandboxChannels.id }).from(sandboxChannels).limit(1);
    if (existing.length > 0) return;

    for (const seed of SEED_CHANNELS) {
      const [channel] = await tx
        .insert(sandboxChannels)
        .values({ platform: seed.platform, platformId: seed.platformId, name: seed.name })
        .onConflictDoNothing()
        .returning({ id: sandboxChannels.id });
      if (!channel) continue;
      const rows = seed.chats.flatMap((chat) =>
        chat.lines.map((line) => ({
          channelId: channel.id,
          destination: chat.destination,
          sent: line.from === "operator" ? 1 : 0,
          message: line.text,
          status: line.from === "operator" ? (line.status ?? "read") : INBOUND_STATUS,
          readByOperator: line.from === "operator" || line.seen === true,
          createdAt: new Date(now - line.minutesAgo * 60_000),
        })),
      );
      if (rows.length > 0) await tx.insert(sandboxMessages).values(rows);
    }
  });
}
