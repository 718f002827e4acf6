/** Bounds shared by the search box (a browser chunk without zod) and the API's schema. */
export const SEARCH_MAX_LENGTH = 200;
/** How long typing must pause before a search is sent. */
export const SEARCH_DEBOUNCE_MS = 200;
