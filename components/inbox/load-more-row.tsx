import { Button } from "@/components/ui/button";
import type { VirtualRows } from "./use-virtual-rows";

/**
 * The edge of a paged list: a button for keyboards and for when scrolling is not how someone gets
 * there. Its row (LoadMoreItem) is the sentinel that loads the next page when scrolled near.
 */
export function LoadMoreRow({
  loading,
  label,
  loadingLabel,
  onLoad,
}: {
  loading: boolean;
  label: string;
  loadingLabel: string;
  onLoad: () => void;
}) {
  return (
    <div className="flex justify-center py-1">
      {loading ? (
        <p role="status" className="py-2 text-xs text-gray-500">
          {loadingLabel}
        </p>
      ) : (
        <Button variant="ghost" size="tiny" onClick={onLoad}>
          {label}
        </Button>
      )}
    </div>
  );
}

/** The list row holding LoadMoreRow: measured like any row, and watched as the paging sentinel. */
export function LoadMoreItem({
  row,
  sentinel,
  children,
}: {
  row: ReturnType<VirtualRows["rowProps"]>;
  sentinel: (el: HTMLLIElement | null) => void;
  children: React.ReactNode;
}) {
  return (
    <li
      {...row}
      ref={(el) => {
        row.ref?.(el);
        sentinel(el);
      }}
    >
      {children}
    </li>
  );
}
