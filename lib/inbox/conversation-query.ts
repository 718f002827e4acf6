import "server-only";
import { z } from "zod";
import { invalidInput } from "@/lib/errors";
import { CONVERSATION_STATUSES, CONVERSATION_VIEWS, type ConversationFilters } from "./conversation-filters";

/*
 * The list and count routes' search params, parsed strictly: a bad value is a 422 naming the
 * param (pages read the same params leniently, see conversation-filters.ts).
 */

const status = z.enum(CONVERSATION_STATUSES, { error: "Status must be open, pending, snoozed or resolved." }).default("open");

const listSchema = z.object({
  view: z.enum(CONVERSATION_VIEWS, { error: "View must be mine, unassigned or all." }).default("all"),
  status,
  unread: z.enum(["0", "1"], { error: "Unread must be 1 or 0." }).default("0"),
  label: z.uuid({ error: "Label must be a label's id." }).optional(),
  assignee: z.uuid({ error: "Assignee must be an agent's id." }).optional(),
  cursor: z.string().max(256, { error: "This page cursor is not valid. Reload the list." }).optional(),
});

const countsSchema = z.object({ status, channelId: z.uuid({ error: "channelId must be a channel's id." }).optional() });

/** Search params by `schema`: a repeated or bad value is a 422 naming the param. */
export function parseParams<S extends z.ZodType>(req: Request, schema: S, keys: readonly string[], what: string): z.output<S> {
  const params = new URL(req.url).searchParams;
  const raw: Record<string, string> = {};
  for (const key of keys) {
    const all = params.getAll(key);
    if (all.length > 1) throw invalidInput(`These ${what} are not valid.`, { [key]: `Give ${key} once.` });
    // An empty value counts as absent (a form's "Any" option sends one).
    if (all[0]) raw[key] = all[0];
  }
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) fields[String(issue.path[0])] ??= issue.message;
  throw invalidInput(`These ${what} are not valid.`, fields);
}

/** ?view=&status=&unread=&label=&assignee=&cursor= of the list routes. */
export function listQueryOf(req: Request): { filters: ConversationFilters; cursor: string | null } {
  const q = parseParams(req, listSchema, ["view", "status", "unread", "label", "assignee", "cursor"], "list filters");
  return {
    filters: { view: q.view, status: q.status, unread: q.unread === "1", labelId: q.label ?? null, assigneeId: q.assignee ?? null },
    cursor: q.cursor ?? null,
  };
}

/** ?channelId=&status= of GET /api/conversation-counts. */
export function countsQueryOf(req: Request) {
  const q = parseParams(req, countsSchema, ["status", "channelId"], "count filters");
  return { status: q.status, channelId: q.channelId ?? null };
}
