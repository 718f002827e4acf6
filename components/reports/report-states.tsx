"use client";

import { useTranslations } from "next-intl";

/*
 * The report's loading, empty and failure states. Drawn here rather than with components/ui's
 * Skeleton, EmptyState and ErrorState on purpose: a module shared by /inbox and /reports makes
 * the bundler split it into a chunk of its own, and that split alone cost /inbox 0.8 KB of its
 * 170 KB first-load budget (measured: 170.1 KB with them, see docs/architecture.md).
 */

const block = (size: string) => <div aria-hidden="true" className={`animate-pulse rounded-md bg-gray-200 ${size}`} />;

export function ReportSkeleton({ label }: { label: string }) {
  return (
    <div role="status" aria-label={label} className="flex flex-col gap-4">
      <div className="grid grid-cols-2 gap-3 sm:grid-cols-3 xl:grid-cols-5">{Array.from({ length: 5 }, (_, i) => <div key={i}>{block("h-20")}</div>)}</div>
      <div className="grid gap-4 xl:grid-cols-2">
        {block("h-64")}
        {block("h-64")}
      </div>
      {block("h-40")}
    </div>
  );
}

/** A chart's place while its code loads. */
export const ChartSkeleton = ({ height }: { height: string }) => block(`${height} w-full`);

export function ReportEmpty({ children }: { children: React.ReactNode }) {
  return (
    <div role="status" className="rounded-xl border border-gray-200 bg-surface p-6 text-center text-sm text-gray-600">
      {children}
    </div>
  );
}

/** A failure other than a refused filter: what went wrong, in words, and a way to try again. */
export function ReportError({ title, message, onRetry }: { title: string; message: string; onRetry: () => void }) {
  const t = useTranslations("common.ui");
  return (
    <div className="flex flex-col items-center gap-3 rounded-xl border border-gray-200 bg-surface p-6 text-center">
      <div role="alert" className="flex flex-col gap-1">
        <p className="font-medium text-gray-900">{title}</p>
        <p className="text-sm text-gray-600">{message}</p>
      </div>
      <button type="button" onClick={onRetry} className="min-h-10 rounded-lg border border-gray-300 bg-surface px-4 text-sm font-medium text-gray-800 hover:bg-gray-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand">
        {t("tryAgain")}
      </button>
    </div>
  );
}
