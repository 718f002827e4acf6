/** Every draft's localStorage key starts with this (see draft-store.ts); the version allows a new shape. */
export const DRAFT_PREFIX = "switchboard.draft.v1.";
