import type { LabelChip } from "@/lib/inbox/types";

/** A conversation's labels: a coloured dot and the name (as text: names are typed by people). */
export function LabelChips({ labels }: { labels: LabelChip[] }) {
  if (labels.length === 0) return null;
  return (
    <span className="flex min-w-0 flex-wrap gap-1">
      {labels.map((l) => (
        <span key={l.id} className="inline-flex max-w-full items-center gap-1 rounded-full bg-gray-100 px-1.5 text-xs leading-5 text-gray-700">
          <span aria-hidden="true" className="size-2 shrink-0 rounded-full" style={{ backgroundColor: safeColor(l.color) }} />
          <span className="truncate">{l.name}</span>
        </span>
      ))}
    </span>
  );
}

// Colours are stored as #rrggbb; anything else is drawn grey rather than passed into a style.
function safeColor(color: string): string {
  return /^#[0-9a-f]{6}$/i.test(color) ? color : "#9ca3af";
}
