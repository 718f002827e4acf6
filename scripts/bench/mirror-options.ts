// The command line of the benchmarks that seed the mirror of bench:queries and time one read on
// PGlite and/or PostgreSQL (bench:monitor, bench:reports): one parser, one error wording.
import os from "node:os";
import { parseArgs } from "node:util";
import { z } from "zod";

/** The options every mirror benchmark shares (bench:queries extends it). */
export const mirrorOptionsSchema = z.object({
  db: z.enum(["pglite", "postgres", "both"]),
  conversations: z.coerce.number().int().min(100).max(10_000_000),
  messages: z.coerce.number().int().min(100).max(100_000_000),
  runs: z.coerce.number().int().min(1).max(100_000),
  url: z.string().startsWith("postgres").optional(),
  /** A PGlite folder kept after the run: seeded on first use, read as it is after (query work). */
  "pglite-dir": z.string().min(1).optional(),
});
export type MirrorBenchOptions = z.infer<typeof mirrorOptionsSchema>;
export type BenchDatabase = "pglite" | "postgres";

export const DATABASE_LABEL = { pglite: "PGlite", postgres: "PostgreSQL" } as const;

/** `--db --conversations --messages --runs --url --pglite-dir`, checked; a bad value stops with its name. */
export function parseMirrorBenchOptions(defaultRuns: number): MirrorBenchOptions & { databases: BenchDatabase[] } {
  const { values } = parseArgs({
    options: {
      db: { type: "string", default: "both" },
      conversations: { type: "string", default: "100000" },
      messages: { type: "string", default: "2000000" },
      runs: { type: "string", default: String(defaultRuns) },
      url: { type: "string", default: process.env.TEST_DATABASE_URL },
      "pglite-dir": { type: "string" },
    },
  });
  const parsed = mirrorOptionsSchema.safeParse(values);
  if (!parsed.success) throw new Error(`--${String(parsed.error.issues[0].path[0])}: ${parsed.error.issues[0].message}`);
  const databases: BenchDatabase[] = parsed.data.db === "both" ? ["pglite", "postgres"] : [parsed.data.db];
  return { ...parsed.data, databases };
}

/** The line under every results table: what the numbers were measured on. */
export function machineLine(): string {
  const cpu = os.cpus();
  return `Machine: ${cpu.length} × ${cpu[0]?.model ?? "?"}, ${Math.round(os.totalmem() / 2 ** 30)} GiB RAM, Node ${process.version}.`;
}
