import { useTranslations } from "next-intl";
import { cx } from "./cx";

/** A grey pulsing block; `className` gives its size and, when not rounded-md, its rounding. */
export function Skeleton({ className = "" }: { className?: string }) {
  return <div aria-hidden="true" className={cx("animate-pulse bg-gray-200", /\brounded-/.test(className) ? "" : "rounded-md", className)} />;
}

/** A stack of list-row placeholders, announced once as loading. */
export function ListSkeleton({ rows = 6, label }: { rows?: number; label?: string }) {
  const t = useTranslations("common.ui");
  return (
    <div role="status" aria-label={label ?? t("loading")} className="flex flex-col gap-1 p-2">
      {Array.from({ length: rows }, (_, i) => (
        <div key={i} className="flex items-center gap-3 rounded-lg px-2 py-3">
          <Skeleton className="size-9 shrink-0 rounded-full" />
          <div className="flex min-w-0 flex-1 flex-col gap-2">
            <Skeleton className="h-3.5 w-2/5" />
            <Skeleton className="h-3 w-4/5" />
          </div>
        </div>
      ))}
    </div>
  );
}

/** Placeholder bubbles shaped like a conversation. */
export function ThreadSkeleton() {
  const t = useTranslations("common.ui");
  const widths = ["w-3/5", "w-2/5", "w-1/2", "w-3/4", "w-1/3"];
  return (
    <div role="status" aria-label={t("loadingMessages")} className="flex flex-1 flex-col justify-end gap-3 p-4">
      {widths.map((w, i) => (
        <div key={w} className={cx("flex", i % 2 ? "justify-end" : "justify-start")}>
          <Skeleton className={cx("h-12 rounded-2xl", w)} />
        </div>
      ))}
    </div>
  );
}
