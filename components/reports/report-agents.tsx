"use client";

import { useTranslations } from "next-intl";
import { Duration, useReportFormat } from "./report-format";
import type { ReportFilters } from "./report-params";
import { ReportRegion, TABLE, TableScroll, TD, TH } from "./report-region";
import type { ReportAgentRow } from "./report-types";

/** One row per agent who handled a conversation in the range, in the API's order (by name). */
export function ReportAgents({ agents, filters }: { agents: ReportAgentRow[]; filters: ReportFilters }) {
  const t = useTranslations("reports.agents");
  const none = useTranslations("reports.summary")("none");
  const format = useReportFormat();
  return (
    <ReportRegion title={t("title")} table="agents" filters={filters}>
      {agents.length === 0 ? (
        <p className="text-sm text-gray-600">{t("empty")}</p>
      ) : (
        <TableScroll>
          <table className={TABLE}>
            <thead>
              <tr>
                <th scope="col" className={TH}>{t("agent")}</th>
                <th scope="col" className={`${TH} text-right`}>{t("handled")}</th>
                <th scope="col" className={`${TH} text-right`}>{t("resolved")}</th>
                <th scope="col" className={`${TH} text-right`}>{t("firstResponse")}</th>
                <th scope="col" className={`${TH} text-right`}>{t("resolution")}</th>
              </tr>
            </thead>
            <tbody>
              {agents.map((row) => (
                <tr key={row.agentId}>
                  {/* Text, never markup: a name is whatever an admin typed. */}
                  <th scope="row" className={`${TD} text-left font-medium`}>{row.name}</th>
                  <td className={`${TD} text-right`}>{format.number(row.handled)}</td>
                  <td className={`${TD} text-right`}>{format.number(row.resolved)}</td>
                  <td className={`${TD} text-right`}>
                    <Duration seconds={row.firstResponseMedianSeconds} format={format} none={none} />
                  </td>
                  <td className={`${TD} text-right`}>
                    <Duration seconds={row.resolutionMedianSeconds} format={format} none={none} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </ReportRegion>
  );
}
