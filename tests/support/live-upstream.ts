import postgres from "postgres";
import { openDatabase, type OpenDatabase } from "@/lib/db/client";
import { startSandboxServer, type SandboxServer } from "@/lib/sandbox/node-server";
import { seedSandbox } from "@/lib/sandbox/seed";
import { createTestDatabase } from "./postgres";

export const UPSTREAM_PROVIDER = { user: "acme-support", password: "Pr0vider-Secret!" };
export const UPSTREAM_ADMIN = { email: "owner@acme.test", password: "owner-password-1" };

/**
 * Live mode against a protocol-speaking stand-in outside the apps (seeded, in its own PGlite),
 * with a fresh PostgreSQL database for the app instances and a connection to read what they
 * mirrored. `env()` starts an app on it.
 */
export async function startLiveUpstream() {
  const upstream: OpenDatabase = await openDatabase({ kind: "pglite" });
  await seedSandbox(upstream.db);
  const provider: SandboxServer = await startSandboxServer({ db: upstream.db, credentials: UPSTREAM_PROVIDER });
  const database = await createTestDatabase();
  const mirror = postgres(database.url, { max: 2, onnotice: () => {} });
  const env = (extra: Record<string, string> = {}) => ({
    AFILNET_USER: UPSTREAM_PROVIDER.user,
    AFILNET_PASSWORD: UPSTREAM_PROVIDER.password,
    AFILNET_API_URL: provider.apiUrl,
    DATABASE_URL: database.url,
    ADMIN_EMAIL: UPSTREAM_ADMIN.email,
    ADMIN_PASSWORD: UPSTREAM_ADMIN.password,
    SYNC_INTERVAL_MS: "500",
    ...extra,
  });
  const close = async () => {
    await mirror.end();
    // Right after many writes an autovacuum worker may hold the database, which a test role
    // cannot end: the drop is tried again once it is done.
    for (let attempt = 0; ; attempt++) {
      try {
        await database.drop();
        break;
      } catch (error) {
        if (attempt >= 10) throw error;
        await new Promise((r) => setTimeout(r, 1000));
      }
    }
    await provider.close();
    await upstream.close();
  };
  return { upstream, provider, database, mirror, env, close };
}
