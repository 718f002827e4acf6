/**
 * Which conversations a list shows: the view tab, a status, "unread only", a label and (for
 * supervisors, from the wallboard) one agent's conversations, kept in the
 * URL's search params so a link or a reload keeps the view. The API parses them strictly
 * (conversation-query.ts, 422); pages read them leniently here. Safe to import from client components.
 */
import type { ConversationStatus, ConversationView } from "./types";

export const CONVERSATION_VIEWS = ["mine", "unassigned", "all"] as const;
export type ConversationViewName = (typeof CONVERSATION_VIEWS)[number];
export const CONVERSATION_STATUSES = ["open", "pending", "snoozed", "resolved"] as const satisfies readonly ConversationStatus[];

export interface ConversationFilters {
  view: ConversationViewName;
  status: ConversationStatus;
  unread: boolean;
  /** A label's id; null = any labels. */
  labelId: string | null;
  /** Only the conversations assigned to this agent (`?assignee=`); null = anyone's. */
  assigneeId: string | null;
}

/**
 * The request header proxy.ts copies a page's search into: layouts get no searchParams, yet the
 * channel layout prefetches the list in the view the URL names (it is always overwritten there).
 */
export const PAGE_SEARCH_HEADER = "x-page-search";

export const DEFAULT_FILTERS: ConversationFilters = { view: "all", status: "open", unread: false, labelId: null, assigneeId: null };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const isOneOf = <T extends string>(list: readonly T[], v: string | null): v is T => v !== null && (list as readonly string[]).includes(v);

/** The view a page's URL asks for; anything unknown falls back to the default (the API says 422). */
export function readFilters(params: Pick<URLSearchParams, "get">): ConversationFilters {
  const view = params.get("view");
  const status = params.get("status");
  const label = params.get("label");
  const assignee = params.get("assignee");
  return {
    view: isOneOf(CONVERSATION_VIEWS, view) ? view : DEFAULT_FILTERS.view,
    status: isOneOf(CONVERSATION_STATUSES, status) ? status : DEFAULT_FILTERS.status,
    unread: params.get("unread") === "1",
    labelId: label && UUID.test(label) ? label : null,
    assigneeId: assignee && UUID.test(assignee) ? assignee : null,
  };
}

/** Whether a conversation belongs in a list with these filters (`me`: the signed-in agent). */
export function matchesFilters(c: ConversationView, filters: ConversationFilters, me: string | null): boolean {
  if (!c.lastMessage || c.status !== filters.status) return false;
  if (filters.view === "mine" && (me === null || c.assigneeId !== me)) return false;
  if (filters.view === "unassigned" && c.assigneeId !== null) return false;
  if (filters.assigneeId !== null && c.assigneeId !== filters.assigneeId) return false;
  if (filters.unread && c.unreadCount <= 0) return false;
  return filters.labelId === null || c.labels.some((l) => l.id === filters.labelId);
}

/** The search params of a view, leaving out defaults so the plain URL is the default view. */
export function filterParams(filters: ConversationFilters): URLSearchParams {
  const params = new URLSearchParams();
  if (filters.view !== DEFAULT_FILTERS.view) params.set("view", filters.view);
  if (filters.status !== DEFAULT_FILTERS.status) params.set("status", filters.status);
  if (filters.unread) params.set("unread", "1");
  if (filters.labelId) params.set("label", filters.labelId);
  if (filters.assigneeId) params.set("assignee", filters.assigneeId);
  return params;
}
