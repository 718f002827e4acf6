/**
 * The wallboard tables' look, in one place: readable on a phone (the table scrolls sideways in
 * its frame rather than breaking the page), a laptop, and from across a room at 1600 px and up.
 */
export const TABLE = "w-full min-w-[36rem] border-collapse text-sm md:text-base min-[1600px]:text-2xl";
export const TH = "px-3 py-2 text-left text-xs font-semibold uppercase tracking-wide text-gray-600 md:text-sm min-[1600px]:px-5 min-[1600px]:py-3 min-[1600px]:text-lg";
export const TH_NUM = `${TH} text-right`.replace("text-left ", "");
export const TD = "px-3 py-2 align-middle text-gray-800 min-[1600px]:px-5 min-[1600px]:py-4";
export const TD_NUM = `${TD} text-right tabular-nums`;
export const NUMBER_LINK = "inline-flex min-h-8 min-w-8 items-center justify-end rounded font-semibold text-brand-dark underline-offset-2 hover:underline";
