import "server-only";
import { StartupError } from "@/lib/auth/bootstrap";
import { grantDemoMemberships } from "@/lib/auth/demo-memberships";
import { ConfigError } from "@/lib/config/env";
import { startFileSweep } from "@/lib/files/sweep";
import { startOutbox } from "@/lib/outbox/start";
import { startPush } from "@/lib/push/start";
import { startSync } from "@/lib/sync/start";
import { startTeams } from "@/lib/teams/worker";
import { getRuntime } from "./boot";
import { startStatisticsUpkeep } from "./statistics-upkeep";

/*
 * Starting the background work, apart from boot.ts, which only hands out the runtime: the
 * workers import modules that import the runtime, so a runtime that also started them would
 * close an import cycle. Only instrumentation.ts imports this file.
 */

/**
 * For the server's start: a configuration or setup problem ends the process with one line.
 * Only the server polls the provider; scripts and tests that call getRuntime() do not.
 */
export async function bootOrExit(): Promise<void> {
  try {
    const runtime = await getRuntime();
    // PGlite has no autovacuum: without this its planner never learns how big the tables got.
    startStatisticsUpkeep(runtime);
    // In sandbox mode the demo agent joins the demo channels as they appear (all but one).
    await startSync(runtime, { onChannelsAdded: runtime.config.mode === "sandbox" ? grantDemoMemberships : undefined });
    // Every instance sends: replies stored before a crash or a restart go out from here.
    startOutbox(runtime);
    // Every instance sweeps too: uploads no reply used within a day are removed.
    startFileSweep(runtime);
    // Every instance ends snoozes and auto-assigns: both are safe to run at once.
    startTeams(runtime);
    // Web Push for the changes this instance commits (each instance pushes only its own).
    await startPush(runtime);
  } catch (error) {
    if (error instanceof ConfigError || error instanceof StartupError) {
      console.error(`switchboard: ${error.message}`);
    } else {
      console.error("switchboard: could not start:", error instanceof Error ? error.message : error);
    }
    process.exit(1);
  }
}
