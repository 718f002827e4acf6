import type { ThreadItem } from "./thread-layout";

/** What the thread's virtual list holds: the "Load older messages" row, the layout's items, or "no messages yet". */
export type ThreadRow = { kind: "older"; key: "older" } | { kind: "empty"; key: "empty" } | ThreadItem;

export function threadRows(items: ThreadItem[], hasOlder: boolean): ThreadRow[] {
  const body: ThreadRow[] = items.length > 0 ? items : [{ kind: "empty", key: "empty" }];
  return hasOlder ? [{ kind: "older", key: "older" }, ...body] : body;
}

// Roughly what a bubble line holds at the narrowest bubble (85% of a 390 px phone).
const CHARS_PER_LINE = 38;
const LINE_PX = 20;

/**
 * A first guess at a row's height, from its kind and text (each row is measured once rendered):
 * close guesses keep the scrollbar steady while far rows are still unmeasured.
 */
export function estimateRowHeight(row: ThreadRow): number {
  switch (row.kind) {
    case "older":
      return 36;
    case "empty":
      return 40;
    case "day":
      return 22;
    case "unread":
      return 16;
    case "message": {
      const lines = row.message.text.split("\n").reduce((n, line) => n + Math.max(1, Math.ceil(line.length / CHARS_PER_LINE)), 0);
      const file = row.message.file ? (row.message.file.type === "image" ? 200 : 56) : 0;
      // Padding and the time line, the sender's name on the first of a run, the note's label.
      return 40 + lines * LINE_PX + file + (row.first && row.sender ? 16 : 0) + (row.message.kind === "note" ? 20 : 0);
    }
  }
}
