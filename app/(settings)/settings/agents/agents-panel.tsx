"use client";

import { useState } from "react";
import { SettingsSection } from "@/components/settings/form-kit";
import { Button } from "@/components/ui/button";
import type { AgentAdminView } from "@/lib/teams/agents-admin";
import { AgentCreateForm } from "./agent-create-form";
import { AgentEditForm } from "./agent-edit-form";
import type { ChannelOption } from "./channel-checkboxes";

type Open = { kind: "none" } | { kind: "create" } | { kind: "edit"; agentId: string };

/** The team: a table of agents, "Add agent", and one agent's editor at a time. */
export function AgentsPanel({ meId, agents, channels }: { meId: string; agents: AgentAdminView[]; channels: ChannelOption[] }) {
  const [open, setOpen] = useState<Open>({ kind: "none" });
  const names = new Map(channels.map((c) => [c.id, c.name]));
  const editing = open.kind === "edit" ? agents.find((a) => a.id === open.agentId) : undefined;
  const close = () => setOpen({ kind: "none" });

  return (
    <SettingsSection
      title="Agents"
      description="Who can sign in, what they may do, and which channels agents work in."
      actions={
        open.kind !== "create" && (
          <Button onClick={() => setOpen({ kind: "create" })}>Add agent</Button>
        )
      }
    >
      {open.kind === "create" && <AgentCreateForm channels={channels} onDone={close} />}
      {editing && <AgentEditForm key={editing.id} agent={editing} isMe={editing.id === meId} channels={channels} onDone={close} />}
      <div className="overflow-x-auto rounded-xl border border-gray-200 bg-surface">
        <table className="w-full text-left text-sm">
          <thead className="border-b border-gray-200 text-xs uppercase text-gray-500">
            <tr>
              <th className="px-3 py-2">Name</th>
              <th className="px-3 py-2">Email</th>
              <th className="px-3 py-2">Role</th>
              <th className="px-3 py-2">Channels</th>
              <th className="px-3 py-2">Capacity</th>
              <th className="px-3 py-2">Active</th>
              <th className="px-3 py-2">
                <span className="sr-only">Actions</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {agents.map((agent) => (
              <tr key={agent.id} className="border-b border-gray-100 last:border-0">
                <td className="px-3 py-2 font-medium text-gray-900">{agent.name}</td>
                <td className="px-3 py-2 text-gray-700">{agent.email}</td>
                <td className="px-3 py-2 capitalize">{agent.role}</td>
                <td className="px-3 py-2 text-gray-700">
                  {agent.role === "agent" ? agent.channelIds.map((id) => names.get(id) ?? "?").join(", ") || "None" : "All channels"}
                </td>
                <td className="px-3 py-2">{agent.capacity}</td>
                <td className="px-3 py-2">{agent.active ? "Yes" : "No"}</td>
                <td className="px-3 py-2 text-right">
                  <Button variant="secondary" size="xs" aria-label={`Edit ${agent.name}`} onClick={() => setOpen({ kind: "edit", agentId: agent.id })}>
                    Edit
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
