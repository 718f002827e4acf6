import type { FileView, MessageView } from "@/lib/inbox/types";
import { appendMessages, compareMessages } from "./cache-merge";
import type { ThreadPages } from "./inbox-keys";

/*
 * The thread cache's side of sending: a reply shows at once under a temporary negative id (the
 * server's ids are positive, so they never collide), then the stored message takes its place.
 */

let lastTempId = 0;

/** A fresh temporary id, below every id used before. */
export function nextTempId(): number {
  lastTempId -= 1;
  return lastTempId;
}

export function isTemporary(message: Pick<MessageView, "id">): boolean {
  return message.id < 0;
}

export function optimisticMessage(input: {
  id: number;
  text: string;
  file: FileView | null;
  sentBy: MessageView["sentBy"];
  at?: string;
}): MessageView {
  return {
    id: input.id,
    providerMessageId: null,
    direction: "outbound",
    kind: input.file ? "file" : "text",
    text: input.text,
    file: input.file,
    status: "",
    delivery: "pending",
    error: null,
    errorCode: null,
    sentBy: input.sentBy,
    at: input.at ?? new Date().toISOString(),
  };
}

function mapPages(data: ThreadPages, fn: (messages: MessageView[]) => MessageView[]): ThreadPages {
  let changed = false;
  const pages = data.pages.map((page) => {
    const messages = fn(page.messages);
    if (messages === page.messages) return page;
    changed = true;
    return { ...page, messages };
  });
  return changed ? { ...data, pages } : data;
}

export function removeMessage(data: ThreadPages, messageId: number): ThreadPages {
  return mapPages(data, (messages) =>
    messages.some((m) => m.id === messageId) ? messages.filter((m) => m.id !== messageId) : messages,
  );
}

/** Messages from the server: each replaces its cached copy (by id), or joins the newest page. */
export function upsertMessages(data: ThreadPages, fresh: MessageView[]): ThreadPages {
  if (fresh.length === 0) return data;
  const byId = new Map(fresh.map((m) => [m.id, m]));
  const replaced = mapPages(data, (messages) => {
    if (!messages.some((m) => byId.has(m.id))) return messages;
    return messages.map((m) => byId.get(m.id) ?? m).sort(compareMessages);
  });
  return appendMessages(replaced, fresh);
}

/**
 * The stored reply takes the place of its optimistic copy. A copy already fetched (its event
 * came first) is newer than the POST's answer, which shows the row as it was stored: keep it.
 */
export function settleOptimistic(data: ThreadPages, tempId: number, stored: MessageView): ThreadPages {
  return appendMessages(removeMessage(data, tempId), [stored]);
}

/** The cached copy of a message, if loaded. */
export function findMessage(data: ThreadPages, messageId: number): MessageView | undefined {
  for (const page of data.pages) {
    const found = page.messages.find((m) => m.id === messageId);
    if (found) return found;
  }
  return undefined;
}

/** Puts an optimistic reply at the end of the newest page. */
export function insertOptimistic(data: ThreadPages, message: MessageView): ThreadPages {
  const [newest, ...older] = data.pages;
  if (!newest) return data;
  return { ...data, pages: [{ ...newest, messages: [...newest.messages, message] }, ...older] };
}
