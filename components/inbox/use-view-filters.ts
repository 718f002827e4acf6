"use client";

import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useCallback, useMemo, useOptimistic, useTransition } from "react";
import { filterParams, readFilters, type ConversationFilters } from "@/lib/inbox/conversation-filters";

/**
 * The list's view lives in the URL's search params, so a reload, a shared link and Back keep it.
 * Each change is a history entry (Back undoes it) and does not scroll the page.
 */
export function useViewFilters() {
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const query = search.toString();
  const fromUrl = useMemo(() => readFilters(new URLSearchParams(query)), [query]);
  // A control shows its new value at once, not when the navigation has landed.
  const [filters, setOptimistic] = useOptimistic(fromUrl);
  const [, startTransition] = useTransition();
  const hrefOf = useCallback(
    (change: Partial<ConversationFilters>) => {
      const next = filterParams({ ...filters, ...change }).toString();
      return next ? `${pathname}?${next}` : pathname;
    },
    [filters, pathname],
  );
  const setFilters = useCallback(
    (change: Partial<ConversationFilters>) =>
      startTransition(() => {
        setOptimistic({ ...filters, ...change });
        router.push(hrefOf(change), { scroll: false });
      }),
    [router, hrefOf, filters, setOptimistic],
  );
  /** The view's params, to carry onto a conversation's link so its list keeps the view. */
  const carried = filterParams(filters).toString();
  return { filters, setFilters, hrefOf, carried };
}
