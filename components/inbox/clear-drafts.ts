import { DRAFT_PREFIX } from "./draft-key";

/**
 * Clears every draft kept in this browser: sign-out, so nothing typed stays on a shared computer.
 * The draft store is imported only now: the account menu is in every page's first load, within
 * the 170 KB budget (issue 12), and the store's code is needed there only at this moment. Should
 * that import fail (the connection dropped), the stored drafts are removed directly.
 */
export async function clearDrafts(): Promise<void> {
  try {
    const { draftStore } = await import("./use-drafts");
    draftStore().clearAll();
  } catch {
    try {
      for (const key of Object.keys(localStorage)) if (key.startsWith(DRAFT_PREFIX)) localStorage.removeItem(key);
    } catch {
      // No storage (disabled): no draft was ever stored.
    }
  }
}
