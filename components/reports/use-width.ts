"use client";

import { useEffect, useRef, useState } from "react";

/**
 * The width an element is given, kept up to date: charts draw in real pixels so their text stays
 * readable from a 390 px phone to a wall screen (a scaled viewBox would shrink it).
 */
export function useWidth<T extends HTMLElement>(fallback: number) {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(fallback);
  useEffect(() => {
    const element = ref.current;
    if (!element) return;
    const observer = new ResizeObserver(([entry]) => {
      if (entry) setWidth(Math.max(0, Math.floor(entry.contentRect.width)));
    });
    observer.observe(element);
    return () => observer.disconnect();
  }, []);
  return [ref, width] as const;
}
