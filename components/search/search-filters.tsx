"use client";

import { useTranslations } from "next-intl";
import { useId, type ReactNode } from "react";
import { useChannels, useLabels } from "@/components/inbox/use-inbox-queries";
import { useStatusLabel } from "@/components/inbox/status-label";
import { SEARCH_DIRECTIONS, SEARCH_STATUSES } from "@/lib/search/query";

/** The narrowing GET /api/search takes besides the words; "" = no filter. */
export const SEARCH_FILTER_KEYS = ["channel", "status", "assignee", "label", "direction", "from", "to"] as const;
export type SearchFilters = Partial<Record<(typeof SEARCH_FILTER_KEYS)[number], string>>;

/** The filters as query parameters, empty ones left out (the request and the cache key alike). */
export function filterEntries(filters: SearchFilters): [string, string][] {
  return SEARCH_FILTER_KEYS.flatMap((key) => (filters[key] ? [[key, filters[key]] as [string, string]] : []));
}

const FIELD = "rounded-md border border-gray-300 bg-surface px-1.5 py-1 text-sm text-gray-900";

/**
 * Channel, status, assignee, label, kind of message and dates: what issue 11 asks search to be
 * narrowed by. Options come from what the inbox already knows (channels, labels); the server
 * checks every value again (an unknown id is a 422 shown as the panel's status).
 */
export function SearchFilters({ filters, onChange }: { filters: SearchFilters; onChange: (next: SearchFilters) => void }) {
  const t = useTranslations("search.filters");
  const statusLabel = useStatusLabel();
  const channels = useChannels().data?.channels ?? [];
  const labels = useLabels().data?.labels ?? [];
  const set = (key: keyof SearchFilters) => (value: string) => onChange({ ...filters, [key]: value });
  const any = filterEntries(filters).length > 0;
  return (
    <fieldset className="flex flex-wrap items-center gap-x-3 gap-y-1.5 border-b border-gray-200 px-3 py-2 text-sm text-gray-700">
      <legend className="sr-only">{t("legend")}</legend>
      <Choice label={t("channel")} value={filters.channel} onChange={set("channel")} any={t("anyChannel")}>
        {channels.map((c) => (
          <option key={c.id} value={c.id}>
            {c.name}
          </option>
        ))}
      </Choice>
      <Choice label={t("status")} value={filters.status} onChange={set("status")} any={t("anyStatus")}>
        {SEARCH_STATUSES.map((s) => (
          <option key={s} value={s}>
            {statusLabel(s)}
          </option>
        ))}
      </Choice>
      <Choice label={t("assignee")} value={filters.assignee} onChange={set("assignee")} any={t("anyone")}>
        <option value="me">{t("me")}</option>
        <option value="none">{t("unassigned")}</option>
      </Choice>
      <Choice label={t("label")} value={filters.label} onChange={set("label")} any={t("anyLabel")}>
        {labels.map((l) => (
          <option key={l.id} value={l.id}>
            {l.name}
          </option>
        ))}
      </Choice>
      <Choice label={t("direction")} value={filters.direction} onChange={set("direction")} any={t("anyDirection")}>
        {SEARCH_DIRECTIONS.map((d) => (
          <option key={d} value={d}>
            {t(`directions.${d}`)}
          </option>
        ))}
      </Choice>
      <DateField label={t("from")} value={filters.from} onChange={set("from")} />
      <DateField label={t("to")} value={filters.to} onChange={set("to")} />
      {any && (
        <button type="button" onClick={() => onChange({})} className="rounded-md px-1.5 py-1 text-sm text-brand underline-offset-2 hover:underline">
          {t("clear")}
        </button>
      )}
    </fieldset>
  );
}

function Choice({ label, value, onChange, any, children }: { label: string; value: string | undefined; onChange: (v: string) => void; any: string; children: ReactNode }) {
  const id = useId();
  return (
    <span className="flex items-center gap-1.5">
      {/* Beside the select, not around it: around, the options' text joins its name. */}
      <label htmlFor={id}>{label}</label>
      <select id={id} value={value ?? ""} onChange={(e) => onChange(e.target.value)} className={`${FIELD} max-w-36`}>
        <option value="">{any}</option>
        {children}
      </select>
    </span>
  );
}

function DateField({ label, value, onChange }: { label: string; value: string | undefined; onChange: (v: string) => void }) {
  const id = useId();
  return (
    <span className="flex items-center gap-1.5">
      <label htmlFor={id}>{label}</label>
      <input id={id} type="date" value={value ?? ""} onChange={(e) => onChange(e.target.value)} className={FIELD} />
    </span>
  );
}
