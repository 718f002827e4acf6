import "server-only";
import type { SessionAgent } from "@/lib/auth/session";
import type { AfilnetClient } from "@/lib/afilnet/types";
import type { Db } from "@/lib/db/client";
import { getRuntime } from "@/lib/runtime/boot";
import { getProvider } from "@/lib/runtime/provider";

/**
 * What every use case runs with: who asks and the database. The provider is reached only through
 * the sync engine (reads) and the outbox (sends), never from a request directly.
 */
export interface InboxContext {
  agent: SessionAgent;
  db: Db;
  /** What an on-demand mirror refresh needs. */
  sync: { db: Db; provider: AfilnetClient; intervalMs: number };
}

export async function createInboxContext(agent: SessionAgent): Promise<InboxContext> {
  const runtime = await getRuntime();
  const provider = getProvider(runtime.config);
  return { agent, db: runtime.db, sync: { db: runtime.db, provider, intervalMs: runtime.config.syncIntervalMs } };
}
