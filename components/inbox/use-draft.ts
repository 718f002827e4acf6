"use client";

import { useCallback } from "react";
import type { Draft, DraftChange } from "./draft-store";
import { updateDraft } from "./draft-writes";
import { draftStore, useDraftAgent, useStoredDraft } from "./use-drafts";

export interface DraftHandle {
  draft: Draft | null;
  /** Reads the draft as it is now (not as of the last render): a double click sees the cleared box. */
  current: () => Draft | null;
  update: (change: DraftChange | ((current: Draft | null) => DraftChange)) => void;
  clear: () => void;
}

/** The composer's handle on the signed-in agent's draft for one conversation. */
export function useDraft(conversationId: string): DraftHandle {
  const agentId = useDraftAgent();
  const draft = useStoredDraft(conversationId);
  const current = useCallback(() => draftStore().get(agentId, conversationId), [agentId, conversationId]);
  const update = useCallback(
    (change: DraftChange | ((current: Draft | null) => DraftChange)) => updateDraft(draftStore(), agentId, conversationId, change),
    [agentId, conversationId],
  );
  const clear = useCallback(() => update({ text: "", fileName: null, file: null, attempt: null }), [update]);
  return { draft, current, update, clear };
}
