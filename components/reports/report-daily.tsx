"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import type { DailySeries } from "./daily-chart";
import { useReportFormat } from "./report-format";
import { ChartSkeleton } from "./report-states";
import type { ReportFilters } from "./report-params";
import { DataTableDisclosure, ReportRegion, TABLE, TD, TH } from "./report-region";
import type { ReportDay } from "./report-types";

// The chart library loads with the chart, after the figures: never on another page.
const DailyChart = dynamic(() => import("./daily-chart"), { ssr: false, loading: () => <ChartSkeleton height="h-[200px]" /> });

const COLUMNS = ["opened", "resolved", "reopened", "messagesIn", "messagesOut"] as const;

/** Conversations opened and resolved per day as bars, every daily figure as a table. */
export function ReportDaily({ days, filters }: { days: ReportDay[]; filters: ReportFilters }) {
  const t = useTranslations("reports.daily");
  const format = useReportFormat();
  const series: DailySeries[] = [
    { key: "opened", label: t("opened"), className: "fill-brand" },
    { key: "resolved", label: t("resolved"), className: "fill-emerald-500" },
  ];
  return (
    <ReportRegion title={t("title")} table="daily" filters={filters}>
      <figure className="flex flex-col gap-2">
        <DailyChart days={days} series={series} label={t("caption")} formatDay={format.day} />
        <figcaption className="flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-gray-600">
          <span>{t("caption")}</span>
          {series.map((s) => (
            <span key={s.key} className="inline-flex items-center gap-1.5">
              <svg aria-hidden="true" width="12" height="12">
                <rect width="12" height="12" rx="2" className={s.className} />
              </svg>
              {s.label}
            </span>
          ))}
        </figcaption>
      </figure>
      <DataTableDisclosure>
        <table className={TABLE}>
          <caption className="sr-only">{t("title")}</caption>
          <thead>
            <tr>
              <th scope="col" className={TH}>{t("date")}</th>
              {COLUMNS.map((key) => (
                <th key={key} scope="col" className={`${TH} text-right`}>{t(key)}</th>
              ))}
            </tr>
          </thead>
          <tbody>
            {days.map((day) => (
              <tr key={day.date}>
                <th scope="row" className={`${TD} text-left font-normal`}>
                  <time dateTime={day.date}>{format.day(day.date)}</time>
                </th>
                {COLUMNS.map((key) => (
                  <td key={key} className={`${TD} text-right`}>{format.number(day[key])}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </DataTableDisclosure>
    </ReportRegion>
  );
}
