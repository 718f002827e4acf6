"use client";

import dynamic from "next/dynamic";
import { useTranslations } from "next-intl";
import { useReportFormat } from "./report-format";
import { ChartSkeleton } from "./report-states";
import type { ReportFilters } from "./report-params";
import { DataTableDisclosure, ReportRegion, TABLE, TD, TH } from "./report-region";

// Loaded with the chart library, after the figures, and on this page only.
const HeatmapChart = dynamic(() => import("./heatmap-chart"), { ssr: false, loading: () => <ChartSkeleton height="h-[204px]" /> });

const HOURS = Array.from({ length: 24 }, (_, h) => h);

/** Incoming messages by weekday (Monday first) and hour, in the report's time zone. */
export function ReportHeatmap({ rows, timeZone, filters }: { rows: number[][]; timeZone: string; filters: ReportFilters }) {
  const t = useTranslations("reports.heatmap");
  const format = useReportFormat();
  const short = format.weekdays("short");
  const long = format.weekdays("long");
  const max = Math.max(0, ...rows.flat());
  const hourLabel = (hour: number) => String(hour).padStart(2, "0");
  return (
    <ReportRegion title={t("title")} table="heatmap" filters={filters}>
      <figure className="flex flex-col gap-2">
        <HeatmapChart
          rows={rows}
          weekdays={short}
          label={t("caption", { timeZone })}
          cellTitle={(day, hour, count) => t("cell", { day: long[day] ?? "", hour: hourLabel(hour), count })}
        />
        <figcaption className="flex flex-col gap-1 text-sm text-gray-600">
          <span>{t("caption", { timeZone })}</span>
          <span>{t("scale", { max: format.number(max) })}</span>
        </figcaption>
      </figure>
      <DataTableDisclosure>
        <table className={TABLE}>
          <caption className="sr-only">{t("caption", { timeZone })}</caption>
          <thead>
            <tr>
              <th scope="col" className={TH}>{t("day")}</th>
              {HOURS.map((hour) => (
                <th key={hour} scope="col" className={`${TH} text-right`}>
                  {hourLabel(hour)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {long.map((name, day) => (
              <tr key={name}>
                <th scope="row" className={`${TD} text-left font-normal`}>{name}</th>
                {HOURS.map((hour) => (
                  <td key={hour} className={`${TD} text-right`}>{format.number(rows[day]?.[hour] ?? 0)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </DataTableDisclosure>
    </ReportRegion>
  );
}
