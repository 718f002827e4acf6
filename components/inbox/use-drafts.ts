"use client";

import { useSyncExternalStore } from "react";
import { DraftStore, type Draft } from "./draft-store";
import { useSignedInAgent } from "./signed-in-agent";

let store: DraftStore | null = null;

/** One store per tab, over localStorage (memory only where storage is unavailable). */
export function draftStore(): DraftStore {
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

const subscribe = (listener: () => void) => draftStore().subscribe(listener);
// The server has no drafts; the browser's show right after hydration.
const serverDraft = () => null;

/** Who the drafts belong to. */
export function useDraftAgent(): string {
  return useSignedInAgent()?.id ?? "unknown";
}

/** The signed-in agent's draft for one conversation, kept current. */
export function useStoredDraft(conversationId: string): Draft | null {
  const agentId = useDraftAgent();
  return useSyncExternalStore(subscribe, () => draftStore().get(agentId, conversationId), serverDraft);
}
