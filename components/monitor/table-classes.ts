/**
 * The wallboard tables' look, in one place: on a phone the headers wrap and the padding shrinks so
 * most of a row fits in 390 px (what does not scrolls sideways in the table's frame, never the
 * page); a laptop; and from across a room at 1600 px and up.
 */
export const TABLE = "w-full border-collapse text-sm md:text-base min-[1600px]:text-2xl";
const HEAD = "px-2 py-2 text-xs font-semibold text-gray-600 md:px-3 md:text-sm md:uppercase md:tracking-wide min-[1600px]:px-5 min-[1600px]:py-3 min-[1600px]:text-lg";
export const TH = `${HEAD} text-left`;
export const TH_NUM = `${HEAD} text-right`;
export const TD = "px-2 py-2 align-middle text-gray-800 md:px-3 min-[1600px]:px-5 min-[1600px]:py-4";
export const TD_NUM = `${TD} whitespace-nowrap text-right tabular-nums`;
export const NUMBER_LINK = "inline-flex min-h-8 min-w-8 items-center justify-end rounded font-semibold text-brand-dark underline-offset-2 hover:underline";
