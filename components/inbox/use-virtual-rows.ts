"use client";

import { defaultRangeExtractor, useVirtualizer, type Range, type Virtualizer } from "@tanstack/react-virtual";
import { useCallback, useSyncExternalStore, type CSSProperties } from "react";

const never = () => () => {};
/**
 * False while the server renders and while the browser hydrates that HTML, true ever after (and
 * at once for a component mounted later): the first HTML cannot know the viewport, so it shows
 * its rows in the page's flow and the virtual layout takes over right after hydration.
 */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    never,
    () => true,
    () => false,
  );
}

export interface VirtualRowsOptions {
  count: number;
  scroller: React.RefObject<HTMLElement | null>;
  /** Stable per row (a message or conversation id), so measurements and scroll anchors follow the data. */
  keyOf: (index: number) => string | number;
  /** A first guess at a row's height; each row is measured once rendered. */
  estimate: (index: number) => number;
  /** Rows always mounted wherever the agent scrolled (a paging sentinel, the open conversation). */
  keep?: number[];
  /** The rows the first HTML shows (before hydration), oldest first. */
  firstPaint: number[];
  gap: number;
  paddingStart: number;
  paddingEnd: number;
  /** Chat-style lists: prepended rows keep what is on screen in place, growth at the end stays pinned. */
  anchorTo?: "start" | "end";
  scrollEndThreshold?: number;
  scrollPaddingStart?: number;
}

export interface VirtualRow {
  index: number;
  key: string | number;
}

export interface VirtualRows {
  virtualizer: Virtualizer<HTMLElement, HTMLLIElement>;
  /** False before hydration: rows render in flow, unmeasured. */
  virtual: boolean;
  rows: VirtualRow[];
  /** The list element's style: as tall as every row together. */
  listStyle: CSSProperties | undefined;
  /** One row's placement and measuring ref. */
  rowProps: (row: VirtualRow) => { "data-index": number; ref?: (el: HTMLLIElement | null) => void; style?: CSSProperties };
}

export type RowPlacement = ReturnType<VirtualRows["rowProps"]>;

/**
 * Two placements of a row are the same when they put it at the same place with the same ref: a
 * memoised row skips its render when only the list around it changed (a measurement, the open
 * conversation elsewhere), which is most of the list's renders.
 */
export function samePlacement(a: RowPlacement | undefined, b: RowPlacement | undefined): boolean {
  if (a === b) return true;
  if (!a || !b) return false;
  return a["data-index"] === b["data-index"] && a.ref === b.ref && a.style?.transform === b.style?.transform;
}

/** Sorted, unique and in range: the visible window plus the rows that must stay mounted. */
export function withKept(range: number[], keep: number[] | undefined, count: number): number[] {
  if (!keep?.length) return range;
  return [...new Set([...range, ...keep.filter((i) => i >= 0 && i < count)])].sort((a, b) => a - b);
}

const OVERSCAN = 8;

/** TanStack Virtual with the inbox's defaults: measured rows, overscan, stable keys, a first paint without JavaScript. */
export function useVirtualRows(o: VirtualRowsOptions): VirtualRows {
  const virtual = useHydrated();
  const keepKey = o.keep?.join(",") ?? "";
  const rangeExtractor = useCallback(
    (range: Range) => withKept(defaultRangeExtractor(range), keepKey ? keepKey.split(",").map(Number) : undefined, range.count),
    [keepKey],
  );
  // The compiler cannot memoise around the virtualizer's mutable instance; nothing here relies on it.
  // eslint-disable-next-line react-hooks/incompatible-library
  const virtualizer = useVirtualizer<HTMLElement, HTMLLIElement>({
    count: o.count,
    getScrollElement: () => o.scroller.current,
    estimateSize: o.estimate,
    getItemKey: o.keyOf,
    rangeExtractor,
    overscan: OVERSCAN,
    gap: o.gap,
    paddingStart: o.paddingStart,
    paddingEnd: o.paddingEnd,
    anchorTo: o.anchorTo,
    scrollEndThreshold: o.scrollEndThreshold,
    scrollPaddingStart: o.scrollPaddingStart,
  });
  let items = virtual ? virtualizer.getVirtualItems() : [];
  // A hidden list (the phone's conversation list behind an open thread) has no size, so the
  // virtualizer shows nothing; its kept rows (the open conversation and its neighbours) still
  // mount, so j/k find the next conversation there too.
  if (virtual && items.length === 0 && o.keep?.length) {
    items = withKept([], o.keep, o.count).flatMap((i) => virtualizer.measurementsCache[i] ?? []);
  }
  const rows: VirtualRow[] = virtual
    ? items.map((item) => ({ index: item.index, key: item.key as string | number }))
    : withKept(o.firstPaint, o.keep, o.count).map((index) => ({ index, key: o.keyOf(index) }));
  const starts = virtual ? new Map(items.map((item) => [item.index, item.start])) : null;
  return {
    virtualizer,
    virtual,
    rows,
    listStyle: virtual ? { position: "relative", height: virtualizer.getTotalSize() } : undefined,
    rowProps: (row) =>
      starts
        ? {
            "data-index": row.index,
            ref: virtualizer.measureElement,
            style: { position: "absolute", top: 0, left: 0, width: "100%", transform: `translateY(${starts.get(row.index) ?? 0}px)` },
          }
        : { "data-index": row.index },
  };
}
