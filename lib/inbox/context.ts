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
}

export async function createInboxContext(agent: SessionAgent): Promise<InboxContext> {
  const runtime = await getRuntime();
  return { agent, db: runtime.db, provider: getProvider(runtime.config) };
}
