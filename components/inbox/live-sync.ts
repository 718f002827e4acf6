import type { Query, QueryClient, QueryKey } from "@tanstack/react-query";
import type { InboxEvent } from "@/lib/events/types";
import type { ConversationResponse, NewMessagesResponse } from "@/lib/inbox/types";
import { lastMessageId } from "./cache-merge";
import { createCoalescer } from "./coalesce";
import { inboxKeys, type ThreadPages } from "./inbox-keys";
import { allAssigneesKey, assigneesKey, ownPresenceKey, teamKeys } from "./team-keys";
import { findMessage } from "./outbox-cache";
import {
  applyConversationSummary,
  applyEventCounts,
  applyFreshMessages,
  applyMessageStatus,
  applyNewMessages,
  listKeysOf,
} from "./live-cache";

/** GETs one of the app's own API paths as JSON (apiFetch in the browser; a base URL in tests). */
export type FetchJson = <T>(path: string) => Promise<T>;

export interface LiveSync {
  /** Applies one pushed event to the cache, fetching only the rows it changed. */
  apply(event: InboxEvent): Promise<void>;
  /** After a gap in the stream: refetch the views on screen that were loaded before `since`. */
  resync(since: number): Promise<void>;
  /** Brings an open thread up to date (after a send, before its event arrives). */
  fetchNewMessages(conversationId: string): Promise<void>;
}

const id = encodeURIComponent;
/** Statuses the outbox publishes: the row's delivery and error changed too, so it is refetched. */
const OUTBOX_STATES = new Set(["pending", "sending", "sent", "failed"]);

/**
 * A view someone is looking at gets the rows an event changed; a cached view nobody watches is
 * only marked stale, so it refetches if it is opened again.
 */
function watched(qc: QueryClient, queryKey: QueryKey): boolean | null {
  const query = qc.getQueryCache().find({ queryKey, exact: true });
  if (!query || query.state.data === undefined) return null;
  return query.getObserversCount() > 0;
}

/** `me`: the signed-in agent's id, so a fresh summary lands in (or leaves) "Mine". */
export function createLiveSync(qc: QueryClient, fetchJson: FetchJson, me: string | null = null): LiveSync {
  const coalesce = createCoalescer();

  // A failed follow-up fetch leaves the views to a plain refetch (with the query's own retries).
  const fallBack = (...queryKeys: QueryKey[]) => async () => {
    await Promise.all(queryKeys.map((queryKey) => qc.invalidateQueries({ queryKey, exact: true })));
  };

  /** Every list the conversation can be in (any view of its channel, all channels) and its thread. */
  function refreshConversation(channelId: string, conversationId: string): Promise<void> {
    const threadKey = inboxKeys.thread(conversationId);
    const watchedLists: QueryKey[] = [];
    for (const listKey of listKeysOf(qc, channelId)) {
      const list = watched(qc, listKey);
      if (list) watchedLists.push(listKey);
      else if (list === false) void qc.invalidateQueries({ queryKey: listKey, exact: true, refetchType: "none" });
    }
    const thread = watched(qc, threadKey);
    if (watchedLists.length === 0 && !thread) return Promise.resolve();
    return coalesce(`conversation:${conversationId}`, async () => {
      const { conversation } = await fetchJson<ConversationResponse>(`/api/conversations/${id(conversationId)}`);
      applyConversationSummary(qc, conversation, me);
      // A role agent may no longer see it (assigned to someone else): the lists refetch without it.
    }).catch(fallBack(...(watchedLists.length ? watchedLists : [threadKey])));
  }

  /** The view tabs' counts: a cheap query, refetched where shown, marked stale elsewhere. */
  const refreshCounts = () => qc.invalidateQueries({ queryKey: inboxKeys.counts() });

  function fetchNewMessages(conversationId: string): Promise<void> {
    const threadKey = inboxKeys.thread(conversationId);
    const thread = watched(qc, threadKey);
    if (thread === null) return Promise.resolve();
    if (thread === false) return qc.invalidateQueries({ queryKey: threadKey, exact: true, refetchType: "none" });
    return coalesce(`messages:${conversationId}`, async () => {
      const data = qc.getQueryData<ThreadPages>(threadKey);
      if (!data) return;
      const after = lastMessageId(data) ?? 0;
      const { messages } = await fetchJson<NewMessagesResponse>(
        `/api/conversations/${id(conversationId)}/messages?after=${after}`,
      );
      applyNewMessages(qc, conversationId, messages);
    }).catch(fallBack(threadKey));
  }

  /** The cached copy is still the outbox's (pending, sending, failed): its row has news beyond the status. */
  function inOutbox(conversationId: string, messageId: number): boolean {
    const data = qc.getQueryData<ThreadPages>(inboxKeys.thread(conversationId));
    const delivery = data && findMessage(data, messageId)?.delivery;
    return delivery === "pending" || delivery === "sending" || delivery === "failed";
  }

  /** A reply's delivery changed: its row (and any newer) again, since events carry only the status. */
  function refreshMessage(conversationId: string, messageId: number): Promise<void> {
    const threadKey = inboxKeys.thread(conversationId);
    if (!watched(qc, threadKey)) return Promise.resolve();
    return coalesce(`message:${messageId}`, async () => {
      const data = qc.getQueryData<ThreadPages>(threadKey);
      // From the older of the two, so a row not loaded yet arrives with any before it.
      const after = Math.min(messageId - 1, (data && lastMessageId(data)) ?? 0);
      const { messages } = await fetchJson<NewMessagesResponse>(
        `/api/conversations/${id(conversationId)}/messages?after=${after}`,
      );
      applyFreshMessages(qc, conversationId, messages);
    }).catch(fallBack(threadKey));
  }

  async function apply(event: InboxEvent): Promise<void> {
    applyEventCounts(qc, event);
    switch (event.type) {
      case "message.created":
        await Promise.all([
          fetchNewMessages(event.conversationId),
          refreshConversation(event.channelId, event.conversationId),
          // A first message lists a conversation, so it is counted.
          refreshCounts(),
        ]);
        return;
      case "message.updated":
        if (!applyMessageStatus(qc, event.conversationId, event.messageId, event.status)) {
          // Not loaded yet (its reply may still be in flight). Replacing rather than appending
          // matters: a second update arriving mid-fetch must not leave the first state shown.
          await (watched(qc, inboxKeys.thread(event.conversationId))
            ? refreshMessage(event.conversationId, event.messageId)
            : fetchNewMessages(event.conversationId));
        } else if (OUTBOX_STATES.has(event.status) || inOutbox(event.conversationId, event.messageId)) {
          await refreshMessage(event.conversationId, event.messageId);
        }
        return;
      case "conversation.updated":
        // Its contact or labels may be what changed too: those views refetch if shown.
        await Promise.all([
          refreshConversation(event.channelId, event.conversationId),
          refreshCounts(),
          qc.invalidateQueries({ queryKey: teamKeys.conversation(event.conversationId) }),
        ]);
        return;
      case "conversation.assigned":
        // The owner changed: the header's name and menu, and every list's tabs (Mine, Unassigned).
        void qc.invalidateQueries({ queryKey: assigneesKey(event.conversationId) });
        void qc.invalidateQueries({ queryKey: inboxKeys.conversationLists(), refetchType: "none" });
        await Promise.all([refreshConversation(event.channelId, event.conversationId), refreshCounts()]);
        return;
      case "mention.created":
        await qc.invalidateQueries({ queryKey: teamKeys.mentions() });
        return;
      case "channels.changed":
        await qc.invalidateQueries({ queryKey: inboxKeys.channels() });
        return;
      case "agent.presence":
        // Someone's presence (supervisors see everyone's): the Assign menus show it beside names;
        // one's own (another tab chose Away): the header's dot.
        await qc.invalidateQueries({ queryKey: event.agentId === me ? ownPresenceKey : allAssigneesKey });
        return;
      default:
        return;
    }
  }

  async function resync(since: number): Promise<void> {
    await qc.invalidateQueries({
      predicate: (query: Query) => query.state.data !== undefined && query.state.dataUpdatedAt < since,
    });
  }

  return { apply, resync, fetchNewMessages };
}
