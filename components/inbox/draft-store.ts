import { DRAFT_PREFIX } from "./clear-drafts";
import type { SendAttempt } from "./send-reply";

/*
 * Unsent drafts, one per agent and conversation, kept in the browser so they survive switching
 * conversations and reloads. localStorage holds the text and the attachment's NAME (a File
 * cannot be stored); the File itself and the send attempt live in memory only, so they survive
 * switching conversations but not a reload. Keys carry the agent id: two people on one computer
 * never see each other's drafts, and sign-out clears them all.
 *
 * This module is the reading side, which every inbox page loads (list rows, sign-out) within the
 * first-load budget; writing (caps, pruning) is in draft-writes.ts, loaded with the composer.
 */

export interface LocalFile {
  file: File;
  voice: boolean;
}

export interface Draft {
  text: string;
  /** The chosen attachment's name; with no `file`, the file was lost (a reload). */
  fileName: string | null;
  /** In memory only. */
  file: LocalFile | null;
  /** In memory only: the failed send this draft came back from, so Send again reuses its key. */
  attempt: SendAttempt | null;
  /** When it last changed (ms), to keep the most recent when there are too many. */
  at: number;
}

export type DraftChange = Partial<Omit<Draft, "at">>;

export type StorageLike = Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">;

export { DRAFT_PREFIX };

export function draftKey(agentId: string, conversationId: string): string {
  return `${DRAFT_PREFIX}${agentId}.${conversationId}`;
}

/** Storage can throw (quota, private mode, disabled): drafts then live in memory only. */
export function tryStorage<T>(run: () => T, fallback: T): T {
  try {
    return run();
  } catch {
    return fallback;
  }
}

/** A stored draft, checked by hand (storage may hold anything); no zod in the first load. */
export function parseStored(raw: string | null): Draft | null {
  try {
    const { text, fileName, at } = JSON.parse(raw ?? "null") as Record<string, unknown>;
    if (typeof text !== "string" || typeof at !== "number" || (fileName !== null && typeof fileName !== "string")) return null;
    return text || fileName ? { text, fileName, file: null, attempt: null, at } : null;
  } catch {
    return null;
  }
}

export class DraftStore {
  /** The live drafts (text uncapped while typing, File, attempt); storage holds capped copies. */
  readonly live = new Map<string, Draft | null>();
  private readonly listeners = new Set<() => void>();

  constructor(readonly storage: StorageLike | null) {}

  /** The same object until the draft changes, as useSyncExternalStore needs. */
  get(agentId: string, conversationId: string): Draft | null {
    const key = draftKey(agentId, conversationId);
    if (!this.live.has(key)) this.live.set(key, parseStored(tryStorage(() => this.storage?.getItem(key) ?? null, null)));
    return this.live.get(key) ?? null;
  }

  /** Sets the live draft and tells subscribers; the writer persists it. */
  put(key: string, draft: Draft | null): void {
    this.live.set(key, draft);
    this.emit();
  }

  /** Keys in storage that start with `prefix`. */
  keys(prefix: string): string[] {
    return tryStorage(() => {
      const found: string[] = [];
      for (let i = 0; i < (this.storage?.length ?? 0); i++) {
        const key = this.storage?.key(i);
        if (key?.startsWith(prefix)) found.push(key);
      }
      return found;
    }, []);
  }

  /** Every agent's drafts on this browser: on sign-out, nothing typed stays behind. */
  clearAll(): void {
    for (const key of this.keys(DRAFT_PREFIX)) tryStorage(() => this.storage?.removeItem(key), undefined);
    this.live.clear();
    this.emit();
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Another tab changed storage (the `storage` event): re-read what it touched. */
  storageChanged(key: string | null): void {
    if (key === null) this.live.clear();
    else if (key.startsWith(DRAFT_PREFIX)) this.live.delete(key);
    else return;
    this.emit();
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
