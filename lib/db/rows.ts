import type { agents, messages } from "./schema";

/*
 * Row types, derived from the schema, for every layer to import from here: a lower layer that
 * needs a row's shape (the outbox, the sync) never has to import a use-case module to get it.
 */

export type MessageRow = typeof messages.$inferSelect;
export type AgentRow = typeof agents.$inferSelect;
export type AgentRole = AgentRow["role"];

/** The rows of a raw `db.execute`: postgres-js answers an array, PGlite `{ rows }`. */
export function rowsOf<T = unknown>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  const rows = (result as { rows?: unknown[] } | null)?.rows;
  return Array.isArray(rows) ? (rows as T[]) : [];
}
