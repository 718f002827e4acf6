import type { agents, messages } from "./schema";

/*
 * Row types, derived from the schema, for every layer to import from here: a lower layer that
 * needs a row's shape (the outbox, the sync) never has to import a use-case module to get it.
 */

export type MessageRow = typeof messages.$inferSelect;
export type AgentRow = typeof agents.$inferSelect;
export type AgentRole = AgentRow["role"];
