import { Button } from "@/components/ui/button";

/**
 * The edge of a paged list: a sentinel that loads the next page when scrolled near, and a button
 * for keyboards and for when scrolling is not how someone gets there.
 */
export function LoadMoreRow({
  sentinelRef,
  loading,
  label,
  loadingLabel,
  onLoad,
}: {
  sentinelRef: React.Ref<HTMLLIElement>;
  loading: boolean;
  label: string;
  loadingLabel: string;
  onLoad: () => void;
}) {
  return (
    <li ref={sentinelRef} className="flex justify-center py-1">
      {loading ? (
        <p role="status" className="py-2 text-xs text-gray-500">
          {loadingLabel}
        </p>
      ) : (
        <Button variant="ghost" size="tiny" onClick={onLoad}>
          {label}
        </Button>
      )}
    </li>
  );
}
