import { NOTE_MAX_LENGTH } from "@/lib/inbox/types";
import { DRAFT_PREFIX, draftKey, parseStored, tryStorage, type Draft, type DraftChange, type DraftStore, type LocalFile } from "./draft-store";
import type { SendAttempt } from "./send-reply";

/** The longest text a draft persists: the composer's own maximum (a note). */
export const DRAFT_MAX_LENGTH = NOTE_MAX_LENGTH;
/** Drafts kept per agent; beyond it the oldest go, so storage never grows without bound. */
export const MAX_DRAFTS = 200;
const MAX_NAME_LENGTH = 255;

export interface WriteOptions {
  maxDrafts?: number;
  now?: () => number;
}

/** Changes one draft: live at once (the open box keeps every character), capped in storage. */
export function updateDraft(
  store: DraftStore,
  agentId: string,
  conversationId: string,
  change: DraftChange | ((current: Draft | null) => DraftChange),
  { maxDrafts = MAX_DRAFTS, now = Date.now }: WriteOptions = {},
): void {
  const current = store.get(agentId, conversationId);
  const patch = typeof change === "function" ? change(current) : change;
  const next: Draft = { text: "", fileName: null, file: null, attempt: null, ...current, ...patch, at: now() };
  const empty = next.text === "" && next.fileName === null;
  const key = draftKey(agentId, conversationId);
  store.put(key, empty ? null : next);
  if (empty) return tryStorage(() => store.storage?.removeItem(key), undefined);
  const stored = { text: next.text.slice(0, DRAFT_MAX_LENGTH), fileName: next.fileName?.slice(0, MAX_NAME_LENGTH) ?? null, at: next.at };
  tryStorage(() => store.storage?.setItem(key, JSON.stringify(stored)), undefined);
  if (!current) prune(store, `${DRAFT_PREFIX}${agentId}.`, maxDrafts);
}

/** Keeps an agent's most recent drafts only. */
function prune(store: DraftStore, prefix: string, maxDrafts: number): void {
  const keys = store.keys(prefix);
  if (keys.length <= maxDrafts) return;
  const dated = keys.map((key) => ({ key, at: parseStored(tryStorage(() => store.storage?.getItem(key) ?? null, null))?.at ?? 0 }));
  dated.sort((a, b) => b.at - a.at);
  for (const { key } of dated.slice(maxDrafts)) {
    tryStorage(() => store.storage?.removeItem(key), undefined);
    store.live.delete(key);
  }
}

/**
 * A send that failed comes back into its draft: into an empty box whole (text, file, and the
 * attempt, so Send again reuses its key); before text typed meanwhile otherwise, nothing lost.
 */
export function restoredDraft(current: Draft | null, failed: { text: string; file: LocalFile | null; attempt: SendAttempt | null }): DraftChange {
  if (!current || (!current.text && !current.file)) {
    return { text: failed.text, file: failed.file, fileName: failed.file?.file.name ?? null, attempt: failed.attempt };
  }
  const file = current.file ?? failed.file;
  const text = failed.text && current.text ? `${failed.text}\n${current.text}` : failed.text || current.text;
  return { text, file, fileName: file?.file.name ?? current.fileName, attempt: null };
}
