import "server-only";
import { logFor } from "@/lib/observability/log";

/** One line per noteworthy sync event: codes and ids only, never message text or credentials. */
export type SyncLog = (level: "info" | "warn" | "error", message: string) => void;

export const consoleSyncLog: SyncLog = (level, message) => logFor("sync")[level](message);

export const silentSyncLog: SyncLog = () => {};
