// A throwaway database for a benchmark: PGlite in a temporary directory, or a fresh database on
// the PostgreSQL server at `url` (TEST_DATABASE_URL); migrated, and removed after `run`.
import { mkdtempSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import postgres from "postgres";
import { openDatabase, type OpenDatabase } from "@/lib/db/client";

export async function withBenchDatabase<T>(
  kind: "pglite" | "postgres",
  url: string | undefined,
  run: (open: OpenDatabase) => Promise<T>,
  /** The PostgreSQL database's name starts with this (benchmarks that may run side by side differ). */
  prefix = "switchboard_bench",
  /** PGlite: this folder, kept after the run (a seeded data set reused while tuning queries). */
  keepDir?: string,
): Promise<T> {
  if (kind === "pglite") {
    const dir = keepDir ?? mkdtempSync(path.join(os.tmpdir(), "switchboard-bench-"));
    const open = await openDatabase({ kind: "pglite", dir });
    try {
      return await run(open);
    } finally {
      await open.close();
      if (!keepDir) rmSync(dir, { recursive: true, force: true });
    }
  }
  if (!url) throw new Error("set TEST_DATABASE_URL (bash scripts/ensure-test-postgres.sh prints one) or pass --url");
  const name = `${prefix}_${Date.now()}`;
  const admin = postgres(url, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database ${name}`);
  const target = new URL(url);
  target.pathname = `/${name}`;
  try {
    const open = await openDatabase({ kind: "postgres", url: target.toString() });
    try {
      return await run(open);
    } finally {
      await open.close();
    }
  } finally {
    await admin.unsafe(`drop database if exists ${name} with (force)`);
    await admin.end();
  }
}
