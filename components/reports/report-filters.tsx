"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { RANGES, type ReportFilters, type ReportRange } from "./report-params";

export interface ReportOption {
  id: string;
  name: string;
}

export interface ReportFilterOptions {
  channels: ReportOption[];
  agents: ReportOption[];
  labels: ReportOption[];
}

const FIELD = "min-h-10 rounded-lg border border-gray-300 bg-surface px-2 text-sm text-gray-900";

/**
 * Date range, channel, agent and label. Every change goes straight to the URL (the caller's
 * onChange), which is the one place the filters live. A refused filter (the API's 422) is told
 * right here, beside the fields, with the named fields marked.
 */
export function ReportFiltersForm({ filters, options, onChange, error }: { filters: ReportFilters; options: ReportFilterOptions; onChange: (next: ReportFilters) => void; error: { message: string; fields?: Record<string, string> } | null }) {
  const t = useTranslations("reports.filters");
  const errorId = useId();
  const set = (patch: Partial<ReportFilters>) => onChange({ ...filters, ...patch });
  const invalid = (field: string) => (error?.fields && field in error.fields ? { "aria-invalid": true, "aria-describedby": errorId } : {});
  const rangeLabel = (range: ReportRange) => t(range);

  return (
    <form aria-label={t("label")} className="flex flex-col gap-3" onSubmit={(e) => e.preventDefault()}>
      <div className="flex flex-wrap items-end gap-3">
        <fieldset className="flex flex-col gap-1">
          <legend className="mb-1 text-sm font-medium text-gray-700">{t("range")}</legend>
          <div className="flex flex-wrap gap-1 rounded-lg border border-gray-300 p-1">
            {RANGES.map((range) => (
              <label
                key={range}
                className={`cursor-pointer rounded-md px-3 py-1.5 text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand ${
                  filters.range === range ? "bg-brand-light font-medium text-brand-dark" : "text-gray-700 hover:bg-gray-100"
                }`}
              >
                <input type="radio" name="range" value={range} checked={filters.range === range} onChange={() => set({ range })} className="sr-only" />
                {rangeLabel(range)}
              </label>
            ))}
          </div>
        </fieldset>
        {filters.range === "custom" && (
          <>
            <label className="flex flex-col gap-1 text-sm font-medium text-gray-700">
              {t("from")}
              <input type="date" value={filters.from} onChange={(e) => set({ from: e.target.value })} className={FIELD} {...invalid("from")} />
            </label>
            <label className="flex flex-col gap-1 text-sm font-medium text-gray-700">
              {t("to")}
              <input type="date" value={filters.to} onChange={(e) => set({ to: e.target.value })} className={FIELD} {...invalid("to")} />
            </label>
          </>
        )}
      </div>
      <div className="grid gap-3 sm:grid-cols-3">
        <Select label={t("channel")} all={t("allChannels")} value={filters.channelId} options={options.channels} onChange={(channelId) => set({ channelId })} extra={invalid("channelId")} />
        <Select label={t("agent")} all={t("allAgents")} value={filters.agentId} options={options.agents} onChange={(agentId) => set({ agentId })} extra={invalid("agentId")} />
        <Select label={t("labelFilter")} all={t("allLabels")} value={filters.labelId} options={options.labels} onChange={(labelId) => set({ labelId })} extra={invalid("labelId")} />
      </div>
      {error && (
        <p id={errorId} role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-800">
          {error.message}
        </p>
      )}
    </form>
  );
}

function Select({ label, all, value, options, onChange, extra }: { label: string; all: string; value: string; options: ReportOption[]; onChange: (id: string) => void; extra: object }) {
  return (
    <label className="flex min-w-0 flex-col gap-1 text-sm font-medium text-gray-700">
      {label}
      <select value={value} onChange={(e) => onChange(e.target.value)} className={FIELD} {...extra}>
        <option value="">{all}</option>
        {options.map((option) => (
          <option key={option.id} value={option.id}>
            {option.name}
          </option>
        ))}
      </select>
    </label>
  );
}
