"use client";

import { keepPreviousData, useQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { usePathname, useSearchParams } from "next/navigation";
import { ApiError, apiFetch } from "@/components/inbox/api-fetch";
import { ReportAgents } from "./report-agents";
import { ReportDaily } from "./report-daily";
import { ReportFiltersForm, type ReportFilterOptions } from "./report-filters";
import { useReportFormat } from "./report-format";
import { ReportHeatmap } from "./report-heatmap";
import { filtersQuery, readFilters, reportUrl, type ReportFilters } from "./report-params";
import { ReportEmpty, ReportError, ReportSkeleton } from "./report-states";
import { ReportSummary } from "./report-summary";
import { isEmptyReport, type ReportResponse } from "./report-types";

/**
 * The reports page: filters (kept in the URL, so a report can be shared and reloaded), then the
 * figures, the charts and the per-agent table of `GET /api/reports`. Never blank: a skeleton
 * while loading, words when the range is empty, the API's reason when it refuses a filter.
 */
export function ReportsView(options: ReportFilterOptions) {
  const t = useTranslations("reports");
  const pathname = usePathname();
  const filters = readFilters(useSearchParams());
  const query = useQuery({
    queryKey: ["reports", filtersQuery(filters)],
    queryFn: () => apiFetch<ReportResponse>(reportUrl(filters)),
    // The previous report stays (dimmed) while the next loads: no flash of skeleton per click.
    placeholderData: keepPreviousData,
  });
  const report = query.data;

  const onChange = (next: ReportFilters) => {
    // Switching to "Custom" starts from the range on screen, not from two empty dates.
    const seeded = next.range === "custom" && filters.range !== "custom" && report ? { ...next, from: next.from || report.from, to: next.to || report.to } : next;
    // The History API, not router.replace: Next keeps useSearchParams in step with it, and the
    // server need not render the page (and read its filter lists) again for a new query string.
    window.history.replaceState(null, "", `${pathname}?${filtersQuery(seeded)}`);
  };

  // A filter the API refuses (422) is said beside the filters; other failures replace the report.
  const error = query.error;
  const refused = error instanceof ApiError && error.status === 422 ? error : null;
  const empty = report ? isEmptyReport(report) : false;

  return (
    <main className="mx-auto flex w-full max-w-7xl flex-col gap-4 p-3 md:p-6">
      <div className="flex flex-col gap-1">
        <h1 className="text-xl font-semibold text-gray-900">{t("title")}</h1>
        {report && !refused && <Period report={report} />}
      </div>
      <ReportFiltersForm filters={filters} options={options} onChange={onChange} error={refused ? { message: refused.message, fields: refused.fields } : null} />
      {refused ? null : error ? (
        <ReportError title={t("failed")} message={error.message} onRetry={() => void query.refetch()} />
      ) : !report ? (
        <ReportSkeleton label={t("loading")} />
      ) : (
        <div aria-busy={query.isPlaceholderData} className={query.isPlaceholderData ? "flex flex-col gap-4 opacity-60 transition-opacity" : "flex flex-col gap-4"}>
          {empty && (
            <ReportEmpty>{t("empty")}</ReportEmpty>
          )}
          <ReportSummary report={report} filters={filters} />
          {/* Charts of nothing but zeros say less than the sentence above. */}
          {!empty && (
            <div className="grid gap-4 xl:grid-cols-2">
              <ReportDaily days={report.daily} filters={filters} />
              <ReportHeatmap rows={report.heatmap} timeZone={report.timeZone} filters={filters} />
            </div>
          )}
          <ReportAgents agents={report.agents} filters={filters} />
        </div>
      )}
    </main>
  );
}

function Period({ report }: { report: ReportResponse }) {
  const t = useTranslations("reports");
  const format = useReportFormat();
  return <p className="text-sm text-gray-600">{t("period", { from: format.longDay(report.from), to: format.longDay(report.to), timeZone: report.timeZone })}</p>;
}
