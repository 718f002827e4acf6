"use client";

import Link from "next/link";
import { useTranslations } from "next-intl";
import type { WallboardChannel } from "@/lib/monitor/types";
import { WaitCell } from "./wait-cell";
import { TableFrame } from "./table-frame";
import { FIGURE, NUMBER_LINK, ROW, TABLE, TBODY, TD, TD_NAME, TD_NUM, TH, TH_NUM, THEAD } from "./table-classes";
import { waitSeconds } from "./wallboard-rules";

/**
 * One row per channel (a card on a phone, see table-classes.ts). Open and Unassigned are links to
 * the matching inbox view (the channel's open conversations, its Unassigned tab), so a number on
 * the wall leads to the conversations.
 */
/** `now`: the browser's clock for this render; `receivedAt`: its reading when the figures came. */
export function ChannelTable({ channels, serverNow, receivedAt, now }: { channels: WallboardChannel[]; serverNow: string; receivedAt: number; now: number }) {
  const t = useTranslations("monitor.channels");
  return (
    <TableFrame labelledBy="monitor-channels">
      <table className={TABLE}>
        <caption className="sr-only">{t("caption")}</caption>
        <thead className={THEAD}>
          <tr>
            <th scope="col" className={TH}>{t("channel")}</th>
            <th scope="col" className={TH_NUM}>{t("open")}</th>
            <th scope="col" className={TH_NUM}>{t("unassigned")}</th>
            <th scope="col" className={TH}>{t("waiting")}</th>
            <th scope="col" className={TH_NUM}>{t("agentsOnline")}</th>
          </tr>
        </thead>
        <tbody className={TBODY}>
          {channels.length === 0 && (
            <tr>
              <td colSpan={5} className={`${TD} text-gray-600`}>{t("empty")}</td>
            </tr>
          )}
          {channels.map((c) => (
            <tr key={c.id} className={ROW(2)}>
              <th scope="row" className={TD_NAME}>{c.name}</th>
              <td className={`${TD_NUM} ${FIGURE}`} data-label={t("open")}>
                <Link href={`/inbox/${c.id}`} className={NUMBER_LINK} aria-label={t("openLink", { count: c.open, channel: c.name })}>
                  {c.open}
                </Link>
              </td>
              <td className={`${TD_NUM} ${FIGURE}`} data-label={t("unassigned")}>
                <Link href={`/inbox/${c.id}?view=unassigned`} className={NUMBER_LINK} aria-label={t("unassignedLink", { count: c.unassigned, channel: c.name })}>
                  {c.unassigned}
                </Link>
              </td>
              <td className={`${TD} ${FIGURE}`} data-label={t("waiting")}>
                <WaitCell seconds={waitSeconds(c.waitingSince, serverNow, receivedAt, now)} warnMinutes={c.waitWarnMinutes} alertMinutes={c.waitAlertMinutes} />
              </td>
              <td className={`${TD_NUM} ${FIGURE}`} data-label={t("agentsOnline")}>
                {c.agentsOnline}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableFrame>
  );
}
