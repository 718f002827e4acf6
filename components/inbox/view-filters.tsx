"use client";

import { useTranslations } from "next-intl";
import { useId } from "react";
import { CONVERSATION_STATUSES, type ConversationFilters } from "@/lib/inbox/conversation-filters";
import type { LabelChip } from "@/lib/inbox/types";
import { useStatusLabel } from "./status-label";

/** Status, "Unread only" and a label: narrow the list below the tabs. */
export function ViewFilters({
  filters,
  labels,
  onChange,
}: {
  filters: ConversationFilters;
  /** Undefined while loading or when they cannot be read: the label filter then offers only "Any". */
  labels: LabelChip[] | undefined;
  onChange: (change: Partial<ConversationFilters>) => void;
}) {
  const id = useId();
  const t = useTranslations("inbox.filters");
  const statusLabel = useStatusLabel();
  // A label in the URL that is not (or not yet) in the list still shows as chosen.
  const known = labels ?? [];
  const unknownLabel = filters.labelId !== null && !known.some((l) => l.id === filters.labelId);
  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1.5 border-b border-gray-200 px-3 py-2 text-sm">
      {/* The label beside the select, not around it: around, the options' text joins its name. */}
      <div className="flex items-center gap-1.5 text-gray-700">
        <label htmlFor={`${id}-status`}>{t("status")}</label>
        <select
          id={`${id}-status`}
          value={filters.status}
          onChange={(e) => onChange({ status: e.target.value as ConversationFilters["status"] })}
          className="rounded-md border border-gray-300 bg-surface px-1.5 py-1 text-sm"
        >
          {CONVERSATION_STATUSES.map((s) => (
            <option key={s} value={s}>
              {statusLabel(s)}
            </option>
          ))}
        </select>
      </div>
      <div className="flex items-center gap-1.5 text-gray-700">
        <label htmlFor={`${id}-label`}>{t("label")}</label>
        <select
          id={`${id}-label`}
          value={filters.labelId ?? ""}
          onChange={(e) => onChange({ labelId: e.target.value || null })}
          className="max-w-32 rounded-md border border-gray-300 bg-surface px-1.5 py-1 text-sm"
        >
          <option value="">{t("any")}</option>
          {unknownLabel && <option value={filters.labelId!}>{t("unknownLabel")}</option>}
          {known.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
            </option>
          ))}
        </select>
      </div>
      <label className="flex items-center gap-1.5 text-gray-700">
        <input
          type="checkbox"
          checked={filters.unread}
          onChange={(e) => onChange({ unread: e.target.checked })}
          className="size-4 accent-brand"
        />
        {t("unreadOnly")}
      </label>
    </div>
  );
}
