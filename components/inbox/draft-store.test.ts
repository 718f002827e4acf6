import { describe, expect, it } from "vitest";
import { DraftStore, draftKey, type Draft } from "./draft-store";
import { DRAFT_MAX_LENGTH, restoredDraft, updateDraft } from "./draft-writes";

/** localStorage's contract over a Map (vitest runs in node, which has none). */
class MemoryStorage {
  readonly items = new Map<string, string>();
  get length() {
    return this.items.size;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

function clock() {
  let t = 1_000;
  return () => ++t;
}

describe("DraftStore with updateDraft", () => {
  it("keeps each agent's draft under a key of its own, and a fresh store (a reload) reads it back", () => {
    const storage = new MemoryStorage();
    const store = new DraftStore(storage);
    updateDraft(store, "agent-1", "conv-a", { text: "hello" });
    updateDraft(store, "agent-2", "conv-a", { text: "other person" });
    expect(storage.getItem(draftKey("agent-1", "conv-a"))).toContain("hello");
    const reloaded = new DraftStore(storage);
    expect(reloaded.get("agent-1", "conv-a")?.text).toBe("hello");
    expect(reloaded.get("agent-2", "conv-a")?.text).toBe("other person");
    expect(reloaded.get("agent-1", "conv-b")).toBeNull();
  });

  it("stores the attachment's name but not the file, which is lost on reload", () => {
    const storage = new MemoryStorage();
    const store = new DraftStore(storage);
    const file = new File(["x"], "price list.pdf", { type: "application/pdf" });
    updateDraft(store, "a", "c", { file: { file, voice: false }, fileName: file.name });
    expect(store.get("a", "c")?.file?.file).toBe(file);
    const reloaded = new DraftStore(storage).get("a", "c");
    expect(reloaded).toMatchObject({ fileName: "price list.pdf", file: null });
  });

  it("caps the stored text at the composer's maximum length", () => {
    const storage = new MemoryStorage();
    const store = new DraftStore(storage);
    updateDraft(store, "a", "c", { text: "y".repeat(DRAFT_MAX_LENGTH + 500) });
    // The open box keeps every character; storage keeps at most the maximum.
    expect(store.get("a", "c")?.text).toHaveLength(DRAFT_MAX_LENGTH + 500);
    expect(new DraftStore(storage).get("a", "c")?.text).toHaveLength(DRAFT_MAX_LENGTH);
  });

  it("keeps only an agent's most recent drafts", () => {
    const storage = new MemoryStorage();
    const store = new DraftStore(storage);
    const options = { maxDrafts: 3, now: clock() };
    for (const id of ["c1", "c2", "c3", "c4", "c5"]) updateDraft(store, "a", id, { text: id }, options);
    updateDraft(store, "b", "c1", { text: "someone else's" }, options);
    const fresh = new DraftStore(storage);
    expect(["c1", "c2", "c3", "c4", "c5"].map((id) => fresh.get("a", id)?.text ?? null)).toEqual([null, null, "c3", "c4", "c5"]);
    expect(fresh.get("b", "c1")?.text).toBe("someone else's");
  });

  it("removes a draft emptied or sent, and clearAll removes every agent's", () => {
    const storage = new MemoryStorage();
    const store = new DraftStore(storage);
    updateDraft(store, "a", "c", { text: "x" });
    updateDraft(store, "a", "c", { text: "" });
    expect(storage.items.size).toBe(0);
    updateDraft(store, "a", "c", { text: "x" });
    updateDraft(store, "b", "d", { text: "y" });
    storage.setItem("unrelated", "kept");
    store.clearAll();
    expect([...storage.items.keys()]).toEqual(["unrelated"]);
    expect(store.get("a", "c")).toBeNull();
  });

  it("tells subscribers, hands out the same object until it changes, and re-reads after another tab wrote", () => {
    const storage = new MemoryStorage();
    const store = new DraftStore(storage);
    let calls = 0;
    store.subscribe(() => calls++);
    updateDraft(store, "a", "c", { text: "one" });
    expect(calls).toBe(1);
    const first = store.get("a", "c");
    expect(store.get("a", "c")).toBe(first);
    storage.setItem(draftKey("a", "c"), JSON.stringify({ text: "from the other tab", fileName: null, at: 5 }));
    store.storageChanged(draftKey("a", "c"));
    expect(calls).toBe(2);
    expect(store.get("a", "c")?.text).toBe("from the other tab");
  });

  it("ignores stored values that are not drafts, and works when storage throws", () => {
    const storage = new MemoryStorage();
    storage.setItem(draftKey("a", "c"), "{not json");
    storage.setItem(draftKey("a", "d"), JSON.stringify({ text: 5, at: 1 }));
    const store = new DraftStore(storage);
    expect(store.get("a", "c")).toBeNull();
    expect(store.get("a", "d")).toBeNull();
    const broken = new DraftStore({
      length: 0,
      key: () => null,
      getItem: () => null,
      setItem: () => {
        throw new Error("QuotaExceededError");
      },
      removeItem: () => undefined,
    });
    updateDraft(broken, "a", "c", { text: "still here" });
    expect(broken.get("a", "c")?.text).toBe("still here");
  });
});

describe("restoredDraft", () => {
  const attempt = { key: "k", fileId: null };
  it("puts a failed send back whole into an empty draft, attempt included", () => {
    expect(restoredDraft(null, { text: "hi", file: null, attempt })).toEqual({ text: "hi", file: null, fileName: null, attempt });
  });
  it("puts it before text typed meanwhile, and starts a new attempt", () => {
    const current: Draft = { text: "typed after", fileName: null, file: null, attempt: null, at: 1 };
    expect(restoredDraft(current, { text: "failed", file: null, attempt })).toMatchObject({ text: "failed\ntyped after", attempt: null });
  });
});
