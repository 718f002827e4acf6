import "server-only";

/** One line per noteworthy sync event: codes and ids only, never message text or credentials. */
export type SyncLog = (level: "info" | "warn" | "error", message: string) => void;

export const consoleSyncLog: SyncLog = (level, message) => {
  const line = `sync: ${message}`;
  if (level === "error") console.error(line);
  else if (level === "warn") console.warn(line);
  else console.info(line);
};

export const silentSyncLog: SyncLog = () => {};
