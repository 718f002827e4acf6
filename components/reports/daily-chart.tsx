"use client";

import { scaleBand, scaleLinear } from "d3-scale";
import type { ReportDay } from "./report-types";
import { useWidth } from "./use-width";

const HEIGHT = 200;
const MARGIN = { top: 8, right: 8, bottom: 24, left: 36 };
// Below this many pixels per label, only every n-th day is named.
const LABEL_SPACE = 44;

export interface DailySeries {
  key: "opened" | "resolved";
  label: string;
  className: string;
}

/**
 * Grouped bars per day. Loaded on its own (next/dynamic) so d3-scale reaches /reports only.
 * The SVG is one image to assistive technology: its numbers are in the table beside it.
 */
export default function DailyChart({ days, series, label, formatDay }: { days: ReportDay[]; series: DailySeries[]; label: string; formatDay: (date: string) => string }) {
  const [ref, width] = useWidth<HTMLDivElement>(600);
  const innerWidth = Math.max(0, width - MARGIN.left - MARGIN.right);
  const innerHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const x = scaleBand<string>().domain(days.map((d) => d.date)).range([0, innerWidth]).paddingInner(0.25).paddingOuter(0.1);
  const group = scaleBand<string>().domain(series.map((s) => s.key)).range([0, x.bandwidth()]).padding(0.1);
  const max = Math.max(1, ...days.flatMap((d) => series.map((s) => d[s.key])));
  const y = scaleLinear().domain([0, max]).nice().range([innerHeight, 0]);
  // Whole numbers only: there is no half a conversation.
  const ticks = y.ticks(4).filter(Number.isInteger);
  const every = Math.max(1, Math.ceil((days.length * LABEL_SPACE) / Math.max(1, innerWidth)));

  return (
    <div ref={ref} className="w-full">
      <svg role="img" aria-label={label} width={width} height={HEIGHT} className="block text-gray-600">
        <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
          {ticks.map((tick) => (
            <g key={tick} transform={`translate(0,${y(tick)})`}>
              <line x1={0} x2={innerWidth} className="stroke-gray-200" />
              <text x={-6} dy="0.32em" textAnchor="end" className="fill-current text-[11px]">
                {tick}
              </text>
            </g>
          ))}
          {days.map((day, i) => (
            <g key={day.date} transform={`translate(${x(day.date) ?? 0},0)`}>
              {series.map((s) => (
                <rect key={s.key} x={group(s.key)} y={y(day[s.key])} width={group.bandwidth()} height={innerHeight - y(day[s.key])} className={s.className} />
              ))}
              {i % every === 0 && (
                <text x={x.bandwidth() / 2} y={innerHeight + 16} textAnchor="middle" className="fill-current text-[11px]">
                  {formatDay(day.date)}
                </text>
              )}
            </g>
          ))}
        </g>
      </svg>
    </div>
  );
}
