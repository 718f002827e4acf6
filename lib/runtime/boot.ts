import "server-only";
import { getConfig, type AppConfig } from "@/lib/config";
import { ConfigError } from "@/lib/config/env";
import { openDatabase, type Db, type Listen } from "@/lib/db/client";
import { ensureFirstAgents, StartupError } from "@/lib/auth/bootstrap";
import { seedSandbox } from "@/lib/sandbox/seed";
import { startFileSweep } from "@/lib/files/sweep";
import { startOutbox } from "@/lib/outbox/start";
import { startSync } from "@/lib/sync/start";

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
    console.log(`switchboard: live mode: ${agents.demoAccountsDisabled} demo account(s) from sandbox mode disabled (their passwords are published)`);
  }
  if (agents.adminCreated) console.log("switchboard: admin from ADMIN_EMAIL is ready to sign in");
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

/**
 * For the server's start: a configuration or setup problem ends the process with one line.
 * Only the server polls the provider; scripts and tests that call getRuntime() do not.
 */
export async function bootOrExit(): Promise<void> {
  try {
    const runtime = await getRuntime();
    await startSync(runtime);
    // Every instance sends: replies stored before a crash or a restart go out from here.
    startOutbox(runtime);
    // Every instance sweeps too: uploads no reply used within a day are removed.
    startFileSweep(runtime);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof StartupError) {
      console.error(`switchboard: ${error.message}`);
    } else {
      console.error("switchboard: could not start:", error instanceof Error ? error.message : error);
    }
    process.exit(1);
  }
}
