"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { apiFetch } from "@/components/inbox/api-fetch";
import { useDisplayLocale } from "@/components/inbox/use-display-locale";
import { FormMessage } from "@/components/settings/form-kit";
import { useFieldErrors } from "@/components/settings/use-field-errors";
import { Button } from "@/components/ui/button";
import type { AuditEntryView, AuditPage } from "@/lib/teams/audit-query";
import { isAuditKind } from "@/lib/teams/audit-kinds";
import { auditQuerySchema } from "@/lib/validation/settings";
import { AuditFilters, type AgentOption, type AuditFilterValues } from "./audit-filters";

const NO_FILTERS: AuditFilterValues = { actor: "", kind: "", from: "", to: "" };

/** A change as one line of text (rendered as text: values may hold what people typed). */
function summary(value: unknown): string {
  if (value === null || value === undefined) return "—";
  const text = JSON.stringify(value);
  return text.length > 300 ? `${text.slice(0, 300)}…` : text;
}

function actorOf(entry: AuditEntryView, t: ReturnType<typeof useTranslations<"settings.audit">>): string {
  if (!entry.actor) return t("system");
  return entry.actor.name ? `${entry.actor.name} (${entry.actor.email ?? "?"})` : (entry.actor.email ?? t("deletedAgent"));
}

export function AuditLog({ agents, timeZone }: { agents: AgentOption[]; timeZone: string }) {
  const t = useTranslations("settings.audit");
  const fieldErrors = useFieldErrors();
  const [filters, setFilters] = useState(NO_FILTERS);
  const checked = auditQuerySchema.safeParse(filters);
  const errors = checked.success ? {} : fieldErrors(checked.error);
  // The agent's language and zone (the page states the zone), so a French admin reads "12 mars 2026".
  const time = new Intl.DateTimeFormat(useDisplayLocale(), { dateStyle: "medium", timeStyle: "medium", timeZone });

  const log = useInfiniteQuery({
    queryKey: ["audit", filters],
    enabled: checked.success,
    initialPageParam: null as string | null,
    queryFn: ({ pageParam }) => {
      const params = new URLSearchParams(Object.entries(filters).filter(([, v]) => v !== ""));
      if (pageParam) params.set("cursor", pageParam);
      return apiFetch<AuditPage>(`/api/audit?${params}`);
    },
    getNextPageParam: (last) => last.nextCursor,
  });
  const entries = log.data?.pages.flatMap((p) => p.entries) ?? [];

  return (
    <div className="flex flex-col gap-4">
      <AuditFilters agents={agents} value={filters} onChange={setFilters} errors={errors} />
      <FormMessage error={log.error ? log.error.message : null} />
      <div className="overflow-x-auto rounded-xl border border-gray-200 bg-surface">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-gray-200 text-xs uppercase text-gray-500">
            <tr>
              <th className="px-3 py-2">{t("columns.time")}</th>
              <th className="px-3 py-2">{t("columns.actor")}</th>
              <th className="px-3 py-2">{t("columns.kind")}</th>
              <th className="px-3 py-2">{t("columns.target")}</th>
              <th className="px-3 py-2">{t("columns.change")}</th>
            </tr>
          </thead>
          <tbody>
            {entries.map((entry) => (
              <tr key={entry.id} className="border-b border-gray-100 align-top last:border-0">
                <td className="whitespace-nowrap px-3 py-2 text-gray-700">
                  <time dateTime={entry.at}>{time.format(new Date(entry.at))}</time>
                </td>
                <td className="px-3 py-2">
                  {actorOf(entry, t)}
                  {entry.address && <span className="block text-xs text-gray-500">{t("fromAddress", { address: entry.address })}</span>}
                </td>
                <td className="px-3 py-2 text-xs">
                  <span className="font-mono">{entry.kind}</span>
                  <span className="block text-gray-500">{isAuditKind(entry.kind) ? t(`kinds.${entry.kind}`) : null}</span>
                </td>
                <td className="px-3 py-2 text-xs text-gray-700">{entry.target ? `${entry.target.type} ${entry.target.id ?? ""}` : "—"}</td>
                <td className="max-w-md break-words px-3 py-2 font-mono text-xs text-gray-700">
                  {summary(entry.before)} → {summary(entry.after)}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {log.isPending && checked.success && <p className="p-3 text-sm text-gray-500">{t("loading")}</p>}
        {!log.isPending && entries.length === 0 && <p className="p-3 text-sm text-gray-500">{t("nothing")}</p>}
      </div>
      {log.hasNextPage && (
        <Button variant="secondary" className="self-center" disabled={log.isFetchingNextPage} onClick={() => void log.fetchNextPage()}>
          {log.isFetchingNextPage ? t("loading") : t("older")}
        </Button>
      )}
    </div>
  );
}
