"use client";

import { scaleBand, scaleLinear } from "d3-scale";
import { useWidth } from "./use-width";

const MARGIN = { top: 18, right: 4, bottom: 4, left: 40 };
const HOURS = Array.from({ length: 24 }, (_, h) => h);
const ROW_HEIGHT = 26;

/**
 * The day × hour grid of incoming messages, darker where busier. Loaded on its own (next/dynamic)
 * with d3-scale. One image to assistive technology: the numbers are in the table beside it, and
 * each cell's <title> tells a pointer user its count.
 */
export default function HeatmapChart({ rows, weekdays, label, cellTitle }: { rows: number[][]; weekdays: string[]; label: string; cellTitle: (day: number, hour: number, count: number) => string }) {
  const [ref, width] = useWidth<HTMLDivElement>(600);
  const innerWidth = Math.max(0, width - MARGIN.left - MARGIN.right);
  const x = scaleBand<number>().domain(HOURS).range([0, innerWidth]).padding(0.08);
  const y = scaleBand<number>().domain(weekdays.map((_, i) => i)).range([0, ROW_HEIGHT * 7]).padding(0.08);
  const max = Math.max(0, ...rows.flat());
  // Any message at all is visibly tinted; the busiest hour is full strength.
  const opacity = scaleLinear().domain([1, Math.max(1, max)]).range([0.18, 1]).clamp(true);
  // Narrow screens name every third hour, wide ones every hour.
  const hourStep = x.bandwidth() < 22 ? 3 : 1;

  return (
    <div ref={ref} className="w-full">
      <svg role="img" aria-label={label} width={width} height={MARGIN.top + ROW_HEIGHT * 7 + MARGIN.bottom} className="block text-gray-600">
        <g transform={`translate(${MARGIN.left},${MARGIN.top})`}>
          {HOURS.filter((h) => h % hourStep === 0).map((hour) => (
            <text key={hour} x={(x(hour) ?? 0) + x.bandwidth() / 2} y={-6} textAnchor="middle" className="fill-current text-[11px]">
              {hour}
            </text>
          ))}
          {weekdays.map((name, day) => (
            <g key={name} transform={`translate(0,${y(day) ?? 0})`}>
              <text x={-6} y={y.bandwidth() / 2} dy="0.32em" textAnchor="end" className="fill-current text-[11px]">
                {name}
              </text>
              {HOURS.map((hour) => {
                const count = rows[day]?.[hour] ?? 0;
                return (
                  <rect
                    key={hour}
                    x={x(hour)}
                    width={x.bandwidth()}
                    height={y.bandwidth()}
                    rx={2}
                    className={count > 0 ? "fill-brand" : "fill-gray-100"}
                    fillOpacity={count > 0 ? opacity(count) : 1}
                  >
                    <title>{cellTitle(day, hour, count)}</title>
                  </rect>
                );
              })}
            </g>
          ))}
        </g>
      </svg>
    </div>
  );
}
