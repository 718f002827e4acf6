"use client";

import Link from "next/link";
import { useFormatter, useTranslations } from "next-intl";
import type { WallboardAgent } from "@/lib/monitor/types";
import type { Presence } from "@/lib/teams/presence-state";
import { TableFrame } from "./table-frame";
import { FIGURE, NUMBER_LINK, ROW, TABLE, TBODY, TD, TD_NAME, TD_NUM, TH, TH_NUM, THEAD } from "./table-classes";

// The dot repeats the word beside it; the word is what carries the status.
const DOT: Record<Presence, string> = {
  online: "bg-green-600",
  away: "bg-amber-500",
  offline: "border-2 border-gray-400",
};

/**
 * One row per active agent (a card on a phone, see table-classes.ts): presence in words, open
 * conversations against capacity, and how long ago they last replied (counted on from the
 * server's time, like "Waiting"). The open count links to the inbox filtered to the agent's open
 * conversations (`?assignee=`), as a channel's numbers link to its views.
 */
export function AgentTable({ agents, nowMs }: { agents: WallboardAgent[]; nowMs: number }) {
  const t = useTranslations("monitor");
  const tc = useTranslations("common");
  const format = useFormatter();
  return (
    <TableFrame labelledBy="monitor-agents">
      <table className={TABLE}>
        <caption className="sr-only">{t("agents.caption")}</caption>
        <thead className={THEAD}>
          <tr>
            <th scope="col" className={TH}>{t("agents.agent")}</th>
            <th scope="col" className={TH}>{t("agents.status")}</th>
            <th scope="col" className={TH_NUM}>{t("agents.open")}</th>
            <th scope="col" className={TH}>{t("agents.lastReply")}</th>
          </tr>
        </thead>
        <tbody className={TBODY}>
          {agents.length === 0 && (
            <tr>
              <td colSpan={4} className={`${TD} text-gray-600`}>{t("agents.empty")}</td>
            </tr>
          )}
          {agents.map((a) => (
            <tr key={a.id} className={ROW(3)}>
              <th scope="row" className={TD_NAME}>
                {a.name}
                <span className="ml-2 text-xs font-normal text-gray-600 min-[1600px]:text-base">{tc(`roles.${a.role}`)}</span>
              </th>
              <td className={`${TD} ${FIGURE}`} data-label={t("agents.status")}>
                <span className="inline-flex items-center gap-2" data-presence={a.presence}>
                  <span aria-hidden="true" className={`size-2.5 shrink-0 rounded-full ${DOT[a.presence]}`} />
                  {t(`presence.${a.presence}`)}
                </span>
              </td>
              <td className={`${TD_NUM} ${FIGURE}`} data-label={t("agents.open")}>
                <Link
                  href={`/inbox/all?assignee=${a.id}`}
                  className={NUMBER_LINK}
                  aria-label={t("agents.openLink", { count: a.open, agent: a.name, capacity: a.capacity })}
                >
                  {t("agents.load", { open: a.open, capacity: a.capacity })}
                </Link>
              </td>
              <td className={`${TD} ${FIGURE}`} data-label={t("agents.lastReply")}>
                {a.lastReplyAt === null ? (
                  <span className="text-gray-600">{t("agents.never")}</span>
                ) : (
                  <time dateTime={a.lastReplyAt}>{format.relativeTime(new Date(a.lastReplyAt), new Date(Math.max(nowMs, Date.parse(a.lastReplyAt))))}</time>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}
