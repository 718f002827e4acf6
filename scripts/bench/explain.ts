// EXPLAIN (ANALYZE, BUFFERS) of the exact SQL an inbox function sends: the function runs once on a
// second Drizzle instance over the same connection, whose logger records each statement.
import type { PGlite } from "@electric-sql/pglite";
import { drizzle as drizzlePglite } from "drizzle-orm/pglite";
import { drizzle as drizzlePostgres } from "drizzle-orm/postgres-js";
import type { Sql } from "postgres";
import type { Db, OpenDatabase } from "@/lib/db/client";
import * as schema from "@/lib/db/schema";

interface Statement {
  query: string;
  params: unknown[];
}

export interface Explainer {
  /** Runs `call` on a recording database and explains its last statement matching `pick`. */
  explain(call: (db: Db) => Promise<unknown>, pick: RegExp): Promise<string[]>;
}

export function explainer(open: OpenDatabase): Explainer {
  const statements: Statement[] = [];
  const logger = { logQuery: (query: string, params: unknown[]) => void statements.push({ query, params }) };
  const client = (open.db as unknown as { $client: unknown }).$client;
  const recording =
    open.kind === "pglite"
      ? (drizzlePglite({ client: client as PGlite, schema, logger }) as unknown as Db)
      : (drizzlePostgres({ client: client as Sql, schema, logger }) as unknown as Db);
  /** Explains `statement` in a transaction of its own, after the `set local` settings it ran under. */
  const plan = async ({ query, params }: Statement, settings: string[]): Promise<string[]> => {
    const text = `explain (analyze, buffers) ${query}`;
    const rows =
      open.kind === "pglite"
        ? await (client as PGlite).transaction(async (tx) => {
            for (const setting of settings) await tx.query(setting);
            return (await tx.query<Record<string, string>>(text, params)).rows;
          })
        : await (client as Sql).begin(async (tx) => {
            for (const setting of settings) await tx.unsafe(setting);
            return (await tx.unsafe(text, params as never[])) as unknown as Record<string, string>[];
          });
    return rows.map((r) => r["QUERY PLAN"]);
  };
  return {
    async explain(call, pick) {
      statements.length = 0;
      await call(recording);
      const at = statements.findLastIndex((s) => pick.test(s.query) && !/^explain/i.test(s.query));
      if (at < 0) throw new Error(`no statement matched ${pick}`);
      const settings = statements.slice(0, at).filter((s) => /^set local /i.test(s.query)).map((s) => s.query);
      return plan(statements[at], settings);
    },
  };
}
