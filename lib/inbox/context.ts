import "server-only";
import type { SessionAgent } from "@/lib/auth/session";
import type { AfilnetClient } from "@/lib/afilnet/types";
import type { Db } from "@/lib/db/client";
import { getRuntime } from "@/lib/runtime/boot";
import { getProvider } from "@/lib/runtime/provider";

/** What every use case runs with: who asks, the database, the provider. */
export interface InboxContext {
  agent: SessionAgent;
  db: Db;
  provider: AfilnetClient;
  /** What an on-demand mirror refresh needs. */
  sync: { db: Db; provider: AfilnetClient; intervalMs: number };
}

export async function createInboxContext(agent: SessionAgent): Promise<InboxContext> {
  const runtime = await getRuntime();
  const provider = getProvider(runtime.config);
  return { agent, db: runtime.db, provider, sync: { db: runtime.db, provider, intervalMs: runtime.config.syncIntervalMs } };
}
