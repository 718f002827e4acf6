import "server-only";
import { errorFields, logFor } from "@/lib/observability/log";
import { readdir, rm, stat } from "node:fs/promises";
import path from "node:path";
import { and, asc, eq, inArray, lt, notExists, sql } from "drizzle-orm";
import type { AppConfig } from "@/lib/config";
import type { Db } from "@/lib/db/client";
import { files, messages } from "@/lib/db/schema";
import { removeFromDisk } from "./disk-store";
import { uploadTempDir } from "./upload-body";

/** An upload (or a contact card) no message uses this long after it was made is removed. */
export const UNSENT_FILE_TTL_MS = 24 * 60 * 60 * 1000;
const SWEEP_EVERY_MS = 60 * 60 * 1000;
const BATCH = 100;

/**
 * Deletes one batch of files older than `cutoff` that no message references; answers how many.
 * Safe with several instances and against a reply attaching the file at the same moment: the
 * candidates are locked first (skipping rows another sweep holds, or that a reply being stored
 * holds through its foreign key check), and the reference check is asked again under the lock
 * by a second statement, whose fresh snapshot sees every message committed before it.
 * Rows go first (file_blobs and file_chunks with them); disk bytes are removed after the commit.
 */
async function sweepBatch(db: Db, dataDir: string, cutoff: Date): Promise<number> {
  const unused = notExists(db.select({ one: sql`1` }).from(messages).where(eq(messages.fileId, files.id)));
  const deleted = await db.transaction(async (tx) => {
    const candidates = await tx
      .select({ id: files.id })
      .from(files)
      .where(and(lt(files.createdAt, cutoff), unused))
      .orderBy(asc(files.createdAt))
      .limit(BATCH)
      .for("update", { skipLocked: true });
    if (candidates.length === 0) return [];
    const ids = candidates.map((c) => c.id);
    return tx.delete(files).where(and(inArray(files.id, ids), unused)).returning({ id: files.id, storage: files.storage });
  });
  for (const file of deleted) if (file.storage === "disk") await removeFromDisk(dataDir, file.id);
  return deleted.length;
}

/** Uploads whose request died with the process leave their temporary file behind. */
async function sweepTemporary(dataDir: string, cutoff: Date): Promise<number> {
  const dir = uploadTempDir(dataDir);
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return 0;
  }
  let removed = 0;
  for (const name of names) {
    const file = path.join(dir, name);
    try {
      if ((await stat(file)).mtime < cutoff) {
        await rm(file, { force: true });
        removed++;
      }
    } catch {
      // removed by another sweep meanwhile
    }
  }
  return removed;
}

/** Removes every unsent upload older than the TTL, batch by batch. `now` is for tests. */
export async function sweepUnsentFiles(db: Db, dataDir: string, now = new Date()): Promise<{ files: number; temporary: number }> {
  const cutoff = new Date(now.getTime() - UNSENT_FILE_TTL_MS);
  let files = 0;
  for (;;) {
    const n = await sweepBatch(db, dataDir, cutoff);
    files += n;
    if (n < BATCH) break;
  }
  return { files, temporary: await sweepTemporary(dataDir, cutoff) };
}

const globalForSweep = globalThis as unknown as { switchboardFileSweep?: NodeJS.Timeout };

/** Runs the sweep every hour in this process (every instance may: see sweepBatch). */
export function startFileSweep(runtime: { config: AppConfig; db: Db }): void {
  if (globalForSweep.switchboardFileSweep) return;
  const run = async () => {
    try {
      const { files, temporary } = await sweepUnsentFiles(runtime.db, runtime.config.dataDir);
      if (files + temporary > 0) logFor("files").info({ files, temporary }, "sweep removed unsent uploads and stale temporary files");
    } catch (error) {
      logFor("files").error(errorFields(error), "sweep failed");
    }
  };
  // Not at once: the first minute of a start belongs to migrations, seeding and the first sync.
  setTimeout(() => void run(), 60_000).unref();
  globalForSweep.switchboardFileSweep = setInterval(() => void run(), SWEEP_EVERY_MS);
  globalForSweep.switchboardFileSweep.unref();
}
