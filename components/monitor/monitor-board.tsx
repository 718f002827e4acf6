"use client";

import { useTranslations } from "next-intl";
import type { Wallboard } from "@/lib/monitor/types";
import { AgentTable } from "./agent-table";
import { ChannelTable } from "./channel-table";
import { useSecondClock } from "./use-second-clock";
import { useWallboard } from "./use-wallboard";

/**
 * The live wallboard: channels where customers wait, and who is there to answer them. The sections
 * are unnamed: each table's scrolling frame is the region its heading names (one landmark each).
 */
export function MonitorBoard({ initial }: { initial: Wallboard }) {
  const t = useTranslations("monitor");
  const { data, error } = useWallboard(initial);
  const clock = useSecondClock();
  const now = clock === 0 ? data.receivedAt : Math.max(clock, data.receivedAt);
  const nowMs = Date.parse(data.board.now) + (now - data.receivedAt);
  return (
    <main className="mx-auto flex w-full max-w-7xl flex-col gap-6 px-2 py-3 md:p-6 min-[1600px]:max-w-none min-[1600px]:px-12">
      <h1 className="text-lg font-semibold text-gray-900 min-[1600px]:text-3xl">{t("heading")}</h1>
      {error && (
        <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-900">
          {t("error")}
        </p>
      )}
      <section className="flex flex-col gap-2">
        <h2 id="monitor-channels" className="text-base font-semibold text-gray-900 min-[1600px]:text-2xl">
          {t("channels.caption")}
        </h2>
        <ChannelTable channels={data.board.channels} serverNow={data.board.now} receivedAt={data.receivedAt} now={now} />
      </section>
      <section className="flex flex-col gap-2">
        <h2 id="monitor-agents" className="text-base font-semibold text-gray-900 min-[1600px]:text-2xl">
          {t("agents.caption")}
        </h2>
        <AgentTable agents={data.board.agents} nowMs={nowMs} />
      </section>
    </main>
  );
}
