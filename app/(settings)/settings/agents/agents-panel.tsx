"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { SettingsSection } from "@/components/settings/form-kit";
import { PresenceDot } from "@/components/inbox/presence-dot";
import { Button } from "@/components/ui/button";
import type { AgentAdminView } from "@/lib/teams/agents-admin";
import { AgentCreateForm } from "./agent-create-form";
import { AgentEditForm } from "./agent-edit-form";
import type { ChannelOption } from "./channel-checkboxes";

type Open = { kind: "none" } | { kind: "create" } | { kind: "edit"; agentId: string };

/** The team: a table of agents, "Add agent", and one agent's editor at a time. */
export function AgentsPanel({ meId, agents, channels }: { meId: string; agents: AgentAdminView[]; channels: ChannelOption[] }) {
  const t = useTranslations("settings");
  const tp = useTranslations("common.presence");
  const [open, setOpen] = useState<Open>({ kind: "none" });
  const names = new Map(channels.map((c) => [c.id, c.name]));
  const editing = open.kind === "edit" ? agents.find((a) => a.id === open.agentId) : undefined;
  const close = () => setOpen({ kind: "none" });

  return (
    <SettingsSection
      title={t("agents.title")}
      description={t("agents.description")}
      actions={
        open.kind !== "create" && (
          <Button onClick={() => setOpen({ kind: "create" })}>{t("agents.add")}</Button>
        )
      }
    >
      {open.kind === "create" && <AgentCreateForm channels={channels} onDone={close} />}
      {editing && <AgentEditForm key={editing.id} agent={editing} isMe={editing.id === meId} channels={channels} onDone={close} />}
      <div className="overflow-x-auto rounded-xl border border-gray-200 bg-surface">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-gray-200 text-xs uppercase text-gray-500">
            <tr>
              <th className="px-3 py-2">{t("agents.columns.name")}</th>
              <th className="px-3 py-2">{t("agents.columns.email")}</th>
              <th className="px-3 py-2">{t("agents.columns.role")}</th>
              <th className="px-3 py-2">{t("agents.columns.channels")}</th>
              <th className="px-3 py-2">{t("agents.columns.capacity")}</th>
              <th className="px-3 py-2">{t("agents.columns.active")}</th>
              <th className="px-3 py-2">
                <span className="sr-only">{t("agents.columns.actions")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {agents.map((agent) => (
              <tr key={agent.id} className="border-b border-gray-100 last:border-0">
                <td className="px-3 py-2">
                  <span className="font-medium text-gray-900">{agent.name}</span>
                  <span className="ml-2 inline-flex items-center gap-1 text-xs text-gray-600">
                    <PresenceDot presence={agent.presence} decorative />
                    {tp(agent.presence)}
                  </span>
                </td>
                <td className="px-3 py-2 text-gray-700">{agent.email}</td>
                <td className="px-3 py-2 capitalize">{t("agents.role", { role: agent.role })}</td>
                <td className="px-3 py-2 text-gray-700">
                  {agent.role === "agent" ? agent.channelIds.map((id) => names.get(id) ?? t("agents.unknownChannel")).join(", ") || t("agents.noChannels") : t("agents.allChannels")}
                </td>
                <td className="px-3 py-2">{agent.capacity}</td>
                <td className="px-3 py-2">{agent.active ? t("agents.yes") : t("agents.no")}</td>
                <td className="px-3 py-2 text-right">
                  <Button variant="secondary" size="xs" aria-label={t("form.editNamed", { name: agent.name })} onClick={() => setOpen({ kind: "edit", agentId: agent.id })}>
                    {t("form.edit")}
                  </Button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </SettingsSection>
  );
}
