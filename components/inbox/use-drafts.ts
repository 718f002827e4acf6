"use client";

import { useCallback, useSyncExternalStore } from "react";
import { DraftStore, type Draft, type DraftChange } from "./draft-store";
import { useSignedInAgent } from "./signed-in-agent";

let store: DraftStore | null = null;

/** One store per tab, over localStorage (memory only where storage is unavailable). */
function drafts(): DraftStore {
  if (store) return store;
  let storage: Storage | null = null;
  try {
    storage = window.localStorage;
  } catch {
    storage = null;
  }
  const created = new DraftStore(storage);
  // Other tabs of this browser writing drafts: their rows and boxes follow.
  window.addEventListener("storage", (event) => {
    if (event.storageArea === storage) created.storageChanged(event.key);
  });
  store = created;
  return created;
}

const subscribe = (listener: () => void) => drafts().subscribe(listener);
// The server has no drafts; the browser's show right after hydration.
const serverDraft = () => null;

/** Clears every draft kept in this browser. Called on sign-out. */
export function clearDrafts(): void {
  drafts().clearAll();
}

export interface DraftHandle {
  draft: Draft | null;
  /** Reads the draft as it is now (not as of the last render): a double click sees the cleared box. */
  current: () => Draft | null;
  update: (change: DraftChange | ((current: Draft | null) => DraftChange)) => void;
  clear: () => void;
}

/** The signed-in agent's draft for one conversation. */
export function useDraft(conversationId: string): DraftHandle {
  const agentId = useSignedInAgent()?.id ?? "unknown";
  const draft = useSyncExternalStore(subscribe, () => drafts().get(agentId, conversationId), serverDraft);
  const current = useCallback(() => drafts().get(agentId, conversationId), [agentId, conversationId]);
  const update = useCallback(
    (change: DraftChange | ((current: Draft | null) => DraftChange)) => drafts().update(agentId, conversationId, change),
    [agentId, conversationId],
  );
  const clear = useCallback(() => drafts().clear(agentId, conversationId), [agentId, conversationId]);
  return { draft, current, update, clear };
}
