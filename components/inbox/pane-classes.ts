/**
 * Pane widths shared by the panes and their loading skeletons, so nothing jumps when data
 * arrives. Below `md` every pane is full width and only the deepest selected one shows.
 */
export const CHANNELS_PANE = "w-full md:w-52 md:shrink-0 lg:w-60 md:border-r md:border-gray-200";
export const CONVERSATIONS_PANE = "w-full md:w-64 md:shrink-0 lg:w-80 md:border-r md:border-gray-200";
export const THREAD_PANE = "min-w-0 flex-1";
