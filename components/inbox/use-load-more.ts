"use client";

import { useEffect, useRef } from "react";

/**
 * Calls `onLoad` when a sentinel element comes within `margin` of a scroll container's visible
 * area. The observer is rebuilt whenever `enabled` turns on again (after each page), so a page
 * too short to scroll keeps loading until the sentinel is out of sight or nothing is left.
 */
export function useLoadMore<S extends Element>({
  root,
  enabled,
  onLoad,
  margin,
}: {
  root: React.RefObject<HTMLElement | null>;
  enabled: boolean;
  onLoad: () => void;
  margin: string;
}) {
  const sentinel = useRef<S>(null);
  const load = useRef(onLoad);
  useEffect(() => {
    load.current = onLoad;
  });

  useEffect(() => {
    const target = sentinel.current;
    if (!enabled || !target || !root.current) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) load.current();
      },
      { root: root.current, rootMargin: margin },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [enabled, root, margin]);

  return sentinel;
}
