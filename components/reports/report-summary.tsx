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
          <Figure key={key} name={t(key)} className="rounded-lg bg-gray-50 p-3" valueClassName="text-2xl">
            {format.number(report.totals[key])}
          </Figure>
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
        <Figure name={t("median")} valueClassName="text-xl">
          <Duration seconds={timing.medianSeconds} format={format} none={t("none")} />
        </Figure>
        <Figure name={t("p90")} valueClassName="text-xl">
          <Duration seconds={timing.p90Seconds} format={format} none={t("none")} />
        </Figure>
      </dl>
      <p className="text-xs text-gray-600">{t("basedOn", { count: timing.count })}</p>
    </div>
  );
}

/** One figure of a <dl>: its name (<dt>) under its value (<dd>), read name first. */
function Figure({ name, className = "", valueClassName, children }: { name: string; className?: string; valueClassName: string; children: React.ReactNode }) {
  return (
    <div className={`flex flex-col-reverse justify-end gap-1 ${className}`}>
      <dt className="text-sm text-gray-600">{name}</dt>
      <dd className={`font-semibold tabular-nums text-gray-900 ${valueClassName}`}>{children}</dd>
    </div>
  );
}
