import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import { MonitorBoard } from "@/components/monitor/monitor-board";
import { readWallboard } from "@/lib/monitor/wallboard";
import { getRuntime } from "@/lib/runtime/boot";
import { requireSupervisor } from "@/app/require-supervisor";

export async function generateMetadata(): Promise<Metadata> {
  return { title: `${(await getTranslations("monitor"))("title")} · Switchboard` };
}

export default async function MonitorPage() {
  const agent = await requireSupervisor("/monitor");
  // The first HTML already has the figures; the browser keeps them current from then on.
  const board = await readWallboard((await getRuntime()).db, agent);
  return <MonitorBoard initial={board} />;
}
