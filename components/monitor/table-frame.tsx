/**
 * A table's frame: a table wider than its window (a narrow laptop window; a phone gets cards,
 * see table-classes.ts) scrolls sideways inside it, not the page. It can take focus (a keyboard
 * user scrolls it with the arrow keys) and is named by the table's title.
 */
export function TableFrame({ labelledBy, children }: { labelledBy: string; children: React.ReactNode }) {
  return (
    <div role="region" aria-labelledby={labelledBy} tabIndex={0} className="overflow-x-auto rounded-lg border border-gray-200 bg-surface focus-visible:outline-2 focus-visible:outline-brand">
      {children}
    </div>
  );
}
