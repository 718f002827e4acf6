/** Every draft's localStorage key starts with this (see draft-store.ts); the version allows a new shape. */
export const DRAFT_PREFIX = "switchboard.draft.v1.";

/**
 * Clears every draft kept in this browser: sign-out, so nothing typed stays on a shared computer.
 * Store-free, with the key prefix here, on purpose: the account menu is in every page's first load, within the 170 KB budget
 * (issue 12). The store, where loaded, hears it the way it hears other tabs: a `storage` event.
 */
export function clearDrafts(): void {
  try {
    for (const key of Object.keys(localStorage)) if (key.startsWith(DRAFT_PREFIX)) localStorage.removeItem(key);
    window.dispatchEvent(new StorageEvent("storage", { key: null, storageArea: localStorage }));
  } catch {
    // No storage (disabled): no draft was ever stored.
  }
}
