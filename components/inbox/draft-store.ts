import { NOTE_MAX_LENGTH } from "@/lib/inbox/types";
import type { SendAttempt } from "./send-reply";

/*
 * Unsent drafts, one per agent and conversation, kept in the browser so they survive switching
 * conversations and reloads. localStorage holds the text and the attachment's NAME (a File
 * cannot be stored); the File itself and the send attempt live in memory only, so they survive
 * switching conversations but not a reload. Keys carry the agent id: two people on one computer
 * never see each other's drafts, and sign-out clears them all.
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

const PREFIX = "switchboard.draft.v1.";
/** The longest text a draft persists: the composer's own maximum (a note). */
export const DRAFT_MAX_LENGTH = NOTE_MAX_LENGTH;
/** Drafts kept per agent; beyond it the oldest go, so storage never grows without bound. */
export const MAX_DRAFTS = 200;
const MAX_NAME_LENGTH = 255;

export function draftKey(agentId: string, conversationId: string): string {
  return `${PREFIX}${agentId}.${conversationId}`;
}

function agentPrefix(agentId: string): string {
  return `${PREFIX}${agentId}.`;
}

const isEmpty = (d: Pick<Draft, "text" | "fileName">) => d.text === "" && d.fileName === null;

/** Reads a stored draft, checked by hand: storage may hold anything (another version, a person). */
function parseStored(raw: string | null): Pick<Draft, "text" | "fileName" | "at"> | null {
  if (!raw || raw.length > DRAFT_MAX_LENGTH * 4 + 1024) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== "object" || value === null) return null;
    const { text, fileName, at } = value as Record<string, unknown>;
    if (typeof text !== "string" || typeof at !== "number") return null;
    if (fileName !== null && typeof fileName !== "string") return null;
    return { text: text.slice(0, DRAFT_MAX_LENGTH), fileName: fileName?.slice(0, MAX_NAME_LENGTH) ?? null, at };
  } catch {
    return null;
  }
}

type StorageLike = Pick<Storage, "getItem" | "setItem" | "removeItem" | "key" | "length">;

export class DraftStore {
  /** The live drafts (text uncapped while typing, File, attempt); storage holds capped copies. */
  private readonly live = new Map<string, Draft | null>();
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly storage: StorageLike | null,
    private readonly limits = { maxDrafts: MAX_DRAFTS },
    private readonly now: () => number = Date.now,
  ) {}

  /** The same object until the draft changes, as useSyncExternalStore needs. */
  get(agentId: string, conversationId: string): Draft | null {
    const key = draftKey(agentId, conversationId);
    if (!this.live.has(key)) {
      const stored = parseStored(this.safe(() => this.storage?.getItem(key) ?? null, null));
      this.live.set(key, stored && !isEmpty(stored) ? { ...stored, file: null, attempt: null } : null);
    }
    return this.live.get(key) ?? null;
  }

  update(agentId: string, conversationId: string, change: DraftChange | ((current: Draft | null) => DraftChange)): void {
    const current = this.get(agentId, conversationId);
    const patch = typeof change === "function" ? change(current) : change;
    const next: Draft = {
      text: patch.text ?? current?.text ?? "",
      fileName: patch.fileName !== undefined ? patch.fileName : (current?.fileName ?? null),
      file: patch.file !== undefined ? patch.file : (current?.file ?? null),
      attempt: patch.attempt !== undefined ? patch.attempt : (current?.attempt ?? null),
      at: this.now(),
    };
    const key = draftKey(agentId, conversationId);
    const empty = isEmpty(next);
    this.live.set(key, empty ? null : next);
    this.persist(agentId, key, empty ? null : next, current === null);
    this.emit();
  }

  clear(agentId: string, conversationId: string): void {
    this.update(agentId, conversationId, { text: "", fileName: null, file: null, attempt: null });
  }

  /** Every agent's drafts on this browser: on sign-out, nothing typed stays behind. */
  clearAll(): void {
    for (const key of this.keys(PREFIX)) this.safe(() => this.storage?.removeItem(key), undefined);
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
    else if (key.startsWith(PREFIX)) this.live.delete(key);
    else return;
    this.emit();
  }

  private persist(agentId: string, key: string, draft: Draft | null, isNew: boolean): void {
    if (!draft) return this.safe(() => this.storage?.removeItem(key), undefined);
    const stored = { text: draft.text.slice(0, DRAFT_MAX_LENGTH), fileName: draft.fileName?.slice(0, MAX_NAME_LENGTH) ?? null, at: draft.at };
    this.safe(() => this.storage?.setItem(key, JSON.stringify(stored)), undefined);
    if (isNew) this.prune(agentId);
  }

  /** Keeps this agent's most recent drafts only. */
  private prune(agentId: string): void {
    const keys = this.keys(agentPrefix(agentId));
    if (keys.length <= this.limits.maxDrafts) return;
    const dated = keys.map((key) => ({ key, at: parseStored(this.safe(() => this.storage?.getItem(key) ?? null, null))?.at ?? 0 }));
    dated.sort((a, b) => b.at - a.at);
    for (const { key } of dated.slice(this.limits.maxDrafts)) {
      this.safe(() => this.storage?.removeItem(key), undefined);
      this.live.delete(key);
    }
  }

  private keys(prefix: string): string[] {
    return this.safe(() => {
      const found: string[] = [];
      const storage = this.storage;
      if (!storage) return found;
      for (let i = 0; i < storage.length; i++) {
        const key = storage.key(i);
        if (key?.startsWith(prefix)) found.push(key);
      }
      return found;
    }, []);
  }

  /** Storage can throw (quota, private mode, disabled): the draft then lives in memory only. */
  private safe<T>(run: () => T, fallback: T): T {
    try {
      return run();
    } catch {
      return fallback;
    }
  }

  private emit(): void {
    for (const listener of this.listeners) listener();
  }
}
