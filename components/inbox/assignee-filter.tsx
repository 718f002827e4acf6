"use client";

import { useTranslations } from "next-intl";

/**
 * "Assigned to Alex Agent  [Clear]": the list shows one agent's conversations (a supervisor
 * arrives here from the wallboard's open count). It stands in for the view tabs: their views and
 * counts are the whole channel's, not this agent's, so beside this list they would mislead.
 */
export function AssigneeFilter({ name, onClear }: { name: string | undefined; onClear: () => void }) {
  const t = useTranslations("inbox.filters");
  return (
    <div className="flex items-center justify-between gap-2 px-3 pt-2 text-sm">
      {/* The name is the agent's own text: rendered as text, and it may be long. */}
      <p className="min-w-0 truncate rounded-md bg-brand-light px-2 py-1.5 font-medium text-brand-dark">{t("assignedTo", { name: name ?? "…" })}</p>
      <button type="button" onClick={onClear} className="shrink-0 rounded-md px-2 py-1.5 text-gray-700 hover:bg-gray-100">
        {t("clearAssignee")}
      </button>
    </div>
  );
}
