import "server-only";
import { logFor } from "@/lib/observability/log";
import { getConfig, type AppConfig } from "@/lib/config";
import { openDatabase, type Db, type Listen } from "@/lib/db/client";
import { ensureFirstAgents } from "@/lib/auth/bootstrap";
import { seedSandbox } from "@/lib/sandbox/seed";

export interface Runtime {
  config: AppConfig;
  db: Db;
  databaseKind: "pglite" | "postgres";
  listen: Listen;
}

type BootState = { status: "starting" | "ready"; promise: Promise<Runtime> } | { status: "failed"; error: unknown; promise: Promise<Runtime> };

const globalForBoot = globalThis as unknown as { switchboardBoot?: BootState };

async function boot(): Promise<Runtime> {
  const config = getConfig();
  const { db, kind, listen } = await openDatabase(config.database);
  if (config.mode === "sandbox") await seedSandbox(db);
  const agents = await ensureFirstAgents(db, config);
  if (agents.demoAccountsDisabled > 0) {
    logFor("boot").warn({ disabled: agents.demoAccountsDisabled }, "live mode: demo accounts from sandbox mode disabled (their passwords are published)");
  }
  if (agents.adminCreated) logFor("boot").info("admin from ADMIN_EMAIL is ready to sign in");
  return { config, db, databaseKind: kind, listen };
}

/** Starts the app once per process (config, database, migrations, seeds) and returns it. */
export function getRuntime(): Promise<Runtime> {
  if (!globalForBoot.switchboardBoot) {
    const promise = boot();
    const state: BootState = { status: "starting", promise };
    globalForBoot.switchboardBoot = state;
    promise.then(
      () => {
        globalForBoot.switchboardBoot = { status: "ready", promise };
      },
      (error) => {
        globalForBoot.switchboardBoot = { status: "failed", error, promise };
      },
    );
  }
  return globalForBoot.switchboardBoot.promise;
}

export function bootStatus(): "not-started" | "starting" | "ready" | "failed" {
  return globalForBoot.switchboardBoot?.status ?? "not-started";
}
