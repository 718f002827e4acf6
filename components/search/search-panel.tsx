"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useEffect, useMemo, useState, type RefObject } from "react";
import { useTranslations } from "next-intl";
import { ApiError, apiFetch } from "@/components/inbox/api-fetch";
import { SEARCH_DEBOUNCE_MS, SEARCH_MAX_LENGTH } from "@/lib/search/limits";
import type { SearchResponse } from "@/lib/search/types";
import { SearchFilters, filterEntries, type SearchFilters as Filters } from "./search-filters";
import { SearchResults, optionId, optionsOf, type SearchOption } from "./search-results";

/**
 * Results as the agent types: one request per pause (SEARCH_DEBOUNCE_MS), the previous results
 * kept on screen meanwhile, and a request whose text is no longer wanted aborted (TanStack Query
 * cancels a query left without observers when its fetch took the signal). Arrow keys move
 * through the results, Enter opens one, Esc closes the list.
 */
export function SearchPanel({
  text,
  open,
  inputRef,
  onClose,
  onActiveChange,
}: {
  text: string;
  open: boolean;
  inputRef: RefObject<HTMLInputElement | null>;
  onClose: () => void;
  onActiveChange: (id: string | undefined) => void;
}) {
  const t = useTranslations("search.panel");
  const router = useRouter();
  const wanted = useDebouncedText(text);
  const tooLong = wanted.length > SEARCH_MAX_LENGTH;
  const [filters, setFilters] = useState<Filters>({});
  const narrowing = filterEntries(filters);
  const search = useQuery({
    queryKey: ["search", wanted, narrowing],
    queryFn: ({ signal }) => apiFetch<SearchResponse>(`/api/search?${new URLSearchParams([["q", wanted], ...narrowing])}`, { signal }),
    enabled: wanted !== "" && !tooLong,
    placeholderData: keepPreviousData,
    staleTime: 15_000,
  });
  const options = useMemo(() => (search.data ? optionsOf(search.data) : []), [search.data]);
  // The highlighted result, by what it opens: it stays highlighted while a newer answer (the rest
  // of what was typed, arriving after the arrow key) still has it; gone from it, none is.
  const [picked, setPicked] = useState<string | null>(null);
  const active = picked === null ? -1 : options.findIndex((o) => o.href === picked);
  const setActive = (index: number) => setPicked(options[index]?.href ?? null);
  const visible = open && text.trim() !== "";
  useEffect(() => onActiveChange(visible && active >= 0 ? optionId(active) : undefined), [visible, active, onActiveChange]);

  const choose = (option: SearchOption) => {
    onClose();
    router.push(option.href);
  };

  useKeys(inputRef, { visible, count: options.length, active, setActive, choose: (i) => options[i] && choose(options[i]), onClose });
  useOutsideClose(inputRef, onClose);

  if (!visible) return null;
  const status = tooLong
    ? t("tooLong", { max: SEARCH_MAX_LENGTH })
    : search.isError
      ? search.error instanceof ApiError && search.error.status < 500
        ? search.error.message
        : t("failed")
      : !search.data || search.isPlaceholderData
        ? t("searching")
        : search.data.terms.length === 0 && options.length === 0
          ? t("nothingToSearch")
          : options.length === 0
            ? t("noResults", { query: wanted })
            : t("count", { count: options.length });
  return (
    <div className="absolute inset-x-0 top-full z-30 mt-1 max-h-[70vh] overflow-y-auto rounded-md border border-gray-200 bg-surface shadow-lg md:right-auto md:w-[32rem]">
      <SearchFilters filters={filters} onChange={setFilters} />
      <p role="status" className="px-3 py-2 text-xs text-gray-600">
        {status}
      </p>
      {search.data && !tooLong && <SearchResults data={search.data} options={options} active={active} onChoose={choose} onHover={setActive} />}
    </div>
  );
}

function useDebouncedText(text: string): string {
  const [settled, setSettled] = useState(text.trim());
  useEffect(() => {
    const timer = setTimeout(() => setSettled(text.trim()), SEARCH_DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);
  return settled;
}

interface KeyState {
  visible: boolean;
  count: number;
  active: number;
  setActive: (i: number) => void;
  choose: (i: number) => void;
  onClose: () => void;
}

/** The combobox keys, on the input itself (focus stays there while moving through results). */
function useKeys(inputRef: RefObject<HTMLInputElement | null>, state: KeyState) {
  useEffect(() => {
    const input = inputRef.current;
    if (!input) return;
    const onKey = (event: KeyboardEvent) => {
      const { visible, count, active, setActive, choose, onClose } = state;
      if (event.key === "Escape" && visible) onClose();
      else if (event.key === "ArrowDown" && count > 0) setActive(Math.min(active + 1, count - 1));
      else if (event.key === "ArrowUp" && count > 0) setActive(Math.max(active - 1, 0));
      else if (event.key === "Enter" && visible && count > 0) choose(Math.max(active, 0));
      else return;
      event.preventDefault();
    };
    input.addEventListener("keydown", onKey);
    return () => input.removeEventListener("keydown", onKey);
  }, [inputRef, state]);
}

/** A press anywhere outside the box and its results closes them. */
function useOutsideClose(inputRef: RefObject<HTMLInputElement | null>, onClose: () => void) {
  useEffect(() => {
    const onDown = (event: PointerEvent) => {
      const box = inputRef.current?.parentElement;
      if (box && event.target instanceof Node && !box.contains(event.target)) onClose();
    };
    document.addEventListener("pointerdown", onDown);
    return () => document.removeEventListener("pointerdown", onDown);
  }, [inputRef, onClose]);
}
