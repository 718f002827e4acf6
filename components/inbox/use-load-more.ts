"use client";

import { useEffect, useRef, useState } from "react";

/**
 * Calls `onLoad` when a sentinel element comes within `margin` of a scroll container's visible
 * area. The observer is rebuilt whenever `enabled` turns on again (after each page), so a page
 * too short to scroll keeps loading until the sentinel is out of sight or nothing is left, and
 * whenever the sentinel itself mounts (a virtual list renders its rows only once it has measured
 * its scroll container, after the first commit): the returned ref is a callback for that reason.
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
  const [target, setTarget] = useState<S | null>(null);
  const load = useRef(onLoad);
  useEffect(() => {
    load.current = onLoad;
  });

  useEffect(() => {
    if (!enabled || !target || !root.current) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((e) => e.isIntersecting)) load.current();
      },
      { root: root.current, rootMargin: margin },
    );
    observer.observe(target);
    return () => observer.disconnect();
  }, [enabled, root, margin, target]);

  return setTarget;
}
