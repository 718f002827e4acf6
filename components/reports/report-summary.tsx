"use client";

import { useTranslations } from "next-intl";
import { Duration, useReportFormat } from "./report-format";
import type { ReportFilters } from "./report-params";
import { ReportRegion } from "./report-region";
import type { ReportResponse, ReportTiming } from "./report-types";

const COUNTS = ["opened", "resolved", "reopened", "messagesIn", "messagesOut"] as const;

/** The range's figures: counts, then first response and resolution times (median and 90th percentile). */
export function ReportSummary({ report, filters }: { report: ReportResponse; filters: ReportFilters }) {
  const t = useTranslations("reports.summary");
  const format = useReportFormat();
  return (
    <ReportRegion title={t("title")} table="summary" filters={filters}>
      <dl className="grid grid-cols-2 gap-3 sm:grid-cols-3 xl:grid-cols-5">
        {COUNTS.map((key) => (
          <div key={key} className="flex flex-col-reverse gap-1 rounded-lg bg-gray-50 p-3">
            <dt className="text-sm text-gray-600">{t(key)}</dt>
            <dd className="text-2xl font-semibold tabular-nums text-gray-900">{format.number(report.totals[key])}</dd>
          </div>
        ))}
      </dl>
      <div className="grid gap-3 md:grid-cols-2">
        <Timing title={t("firstResponse")} timing={report.firstResponse} />
        <Timing title={t("resolution")} timing={report.resolution} />
      </div>
    </ReportRegion>
  );
}

function Timing({ title, timing }: { title: string; timing: ReportTiming }) {
  const t = useTranslations("reports.summary");
  const format = useReportFormat();
  return (
    <div role="group" aria-label={title} className="flex flex-col gap-2 rounded-lg bg-gray-50 p-3">
      <p className="text-sm font-medium text-gray-900">{title}</p>
      <dl className="grid grid-cols-2 gap-2">
        <div className="flex flex-col-reverse gap-1">
          <dt className="text-sm text-gray-600">{t("median")}</dt>
          <dd className="text-xl font-semibold tabular-nums text-gray-900">
            <Duration seconds={timing.medianSeconds} format={format} none={t("none")} />
          </dd>
        </div>
        <div className="flex flex-col-reverse gap-1">
          <dt className="text-sm text-gray-600">{t("p90")}</dt>
          <dd className="text-xl font-semibold tabular-nums text-gray-900">
            <Duration seconds={timing.p90Seconds} format={format} none={t("none")} />
          </dd>
        </div>
      </dl>
      <p className="text-xs text-gray-600">{t("basedOn", { count: timing.count })}</p>
    </div>
  );
}
