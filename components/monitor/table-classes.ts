/**
 * The wallboard tables' look, in one place: a laptop, and from across a room at 1600 px and up.
 * Below `sm` (a phone) each row reads as a compact card instead: the same table, restyled with
 * `display` utilities, so screen readers keep the table (Chromium keeps the roles, and the
 * header row stays for them, only visually hidden) while the eye gets the name on top and each
 * figure under its column's name, written by CSS from the cell's `data-label` with empty
 * alternative text (`content: … / ""`): a screen reader hears the header once, not twice.
 * Nothing scrolls sideways at 390 px. Every phone class is `max-sm:`, so wider screens are unchanged.
 */
export const TABLE = "w-full border-collapse text-sm md:text-base min-[1600px]:text-2xl max-sm:block";
export const THEAD = "max-sm:sr-only";
export const TBODY = "max-sm:block";
/** A row: on a phone a card of `cols` figures per line, the name spanning them all. */
export const ROW = (cols: 2 | 3) =>
  `border-t border-gray-200 max-sm:grid max-sm:gap-x-3 max-sm:gap-y-2 max-sm:px-3 max-sm:py-3 ${cols === 2 ? "max-sm:grid-cols-2" : "max-sm:grid-cols-3"}`;
const HEAD = "px-2 py-2 text-xs font-semibold text-gray-600 md:px-3 md:text-sm md:uppercase md:tracking-wide min-[1600px]:px-5 min-[1600px]:py-3 min-[1600px]:text-lg";
export const TH = `${HEAD} text-left`;
export const TH_NUM = `${HEAD} text-right`;
export const TD = "px-2 py-2 align-middle text-gray-800 md:px-3 min-[1600px]:px-5 min-[1600px]:py-4";
/** The row's name: the card's title on a phone. */
export const TD_NAME = `${TD} text-left font-medium text-gray-900 max-sm:col-span-full max-sm:p-0`;
export const TD_NUM = `${TD} whitespace-nowrap text-right tabular-nums`;
/** A figure's cell on a phone: its `data-label` above the value, left-aligned. */
export const FIGURE =
  "max-sm:flex max-sm:min-w-0 max-sm:flex-col max-sm:items-start max-sm:gap-0.5 max-sm:p-0 max-sm:text-left max-sm:whitespace-normal max-sm:before:text-xs max-sm:before:font-normal max-sm:before:text-gray-600 max-sm:before:content-[attr(data-label)_/_'']";
export const NUMBER_LINK =
  "inline-flex min-h-8 min-w-8 items-center justify-end rounded font-semibold text-brand-dark underline-offset-2 hover:underline max-sm:justify-start";
