"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { csvUrl, type CsvTable, type ReportFilters } from "./report-params";

/**
 * One part of the report: a region named by its heading, with its own "Export CSV" (several are
 * on the page: each sits inside its table's region, where people and tests look for it).
 */
export function ReportRegion({ title, table, filters, children }: { title: string; table: CsvTable; filters: ReportFilters; children: React.ReactNode }) {
  const t = useTranslations("reports");
  const headingId = useId();
  return (
    <section aria-labelledby={headingId} className="flex min-w-0 flex-col gap-3 rounded-xl border border-gray-200 bg-surface p-4">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id={headingId} className="text-base font-semibold text-gray-900">
          {title}
        </h2>
        {/* A plain link: the browser downloads what the API sends (content-disposition: attachment). */}
        <a
          href={csvUrl(table, filters)}
          download
          className="inline-flex min-h-9 items-center rounded-lg border border-gray-300 px-3 text-sm font-medium text-gray-800 hover:bg-gray-50 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-brand"
        >
          {t("exportCsv")}
        </a>
      </div>
      {children}
    </section>
  );
}

/** Classes shared by the report's data tables. */
export const TABLE = "w-full border-collapse text-sm tabular-nums";
export const TH = "border-b border-gray-200 px-2 py-1.5 text-left font-medium text-gray-600";
export const TD = "border-b border-gray-100 px-2 py-1.5 text-gray-900";

/**
 * A table that may be wider than its box scrolls inside it; focusable, so keyboard users can
 * scroll it too (axe: scrollable-region-focusable).
 */
export function TableScroll({ children }: { children: React.ReactNode }) {
  return (
    <div tabIndex={0} className="overflow-x-auto rounded focus-visible:outline-2 focus-visible:outline-brand">
      {children}
    </div>
  );
}

/** A chart's numbers, for screen readers and anyone who wants them: folded away under the chart. */
export function DataTableDisclosure({ children }: { children: React.ReactNode }) {
  const t = useTranslations("reports");
  return (
    <details className="text-sm">
      <summary className="cursor-pointer text-brand-dark hover:underline">{t("showTable")}</summary>
      <div className="mt-2">
        <TableScroll>{children}</TableScroll>
      </div>
    </details>
  );
}
