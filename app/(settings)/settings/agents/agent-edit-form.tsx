"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { apiFetch } from "@/components/inbox/api-fetch";
import { FormActions, FormMessage, TextField } from "@/components/settings/form-kit";
import { useSettingsForm } from "@/components/settings/use-settings-form";
import { Button } from "@/components/ui/button";
import type { AgentAdminView } from "@/lib/teams/agents-admin";
import { agentUpdateSchema, type AgentRole } from "@/lib/validation/settings";
import { CapacityField } from "./capacity-field";
import { ChannelCheckboxes, type ChannelOption } from "./channel-checkboxes";
import { RoleSelect } from "./role-select";

const patch = (agentId: string, data: unknown) => apiFetch(`/api/agents/${agentId}`, { method: "PATCH", body: JSON.stringify(data) });

/** Role, channels and capacity (one Save); deactivation and a new password are separate acts. */
export function AgentEditForm({ agent, isMe, channels, onDone }: { agent: AgentAdminView; isMe: boolean; channels: ChannelOption[]; onDone: () => void }) {
  const t = useTranslations("settings");
  const router = useRouter();
  const [values, setValues] = useState({ role: agent.role as AgentRole, channelIds: agent.channelIds, capacity: String(agent.capacity) });
  const [password, setPassword] = useState("");
  const form = useSettingsForm(agentUpdateSchema);
  const set = (p: Partial<typeof values>) => setValues({ ...values, ...p });
  const after = (ok: boolean) => ok && router.refresh();

  return (
    <div className="flex flex-col gap-4 rounded-xl border border-gray-200 bg-surface p-4">
      <h2 className="font-medium text-gray-900">
        {t("agents.editHeading", { name: agent.name })} <span className="font-normal text-gray-500">({agent.email})</span>
      </h2>
      <FormMessage error={form.error} saved={form.saved} />
      <form
        aria-label={t("form.editNamed", { name: agent.name })}
        className="flex flex-col gap-4"
        onSubmit={(e) => {
          e.preventDefault();
          void form.submit({ ...values, capacity: Number(values.capacity) }, (data) => patch(agent.id, data)).then(after);
        }}
      >
        <div className="grid gap-4 sm:grid-cols-2">
          <RoleSelect id="edit-agent-role" value={values.role} error={form.errors.role} onChange={(role) => set({ role })} />
          <CapacityField id="edit-agent-capacity" value={values.capacity} error={form.errors.capacity} onChange={(capacity) => set({ capacity })} />
        </div>
        <ChannelCheckboxes idPrefix="edit-agent" channels={channels} value={values.channelIds} error={form.errors.channelIds} onChange={(channelIds) => set({ channelIds })} />
        <FormActions pending={form.pending} submitLabel={t("form.save")} onCancel={onDone} cancelLabel={t("form.close")} />
      </form>
      <form
        aria-label={t("agents.newPasswordFor", { name: agent.name })}
        className="flex flex-wrap items-end gap-2 border-t border-gray-100 pt-4"
        onSubmit={(e) => {
          e.preventDefault();
          void form.submit({ password }, (data) => patch(agent.id, data), t("agents.passwordReset")).then((ok) => {
            if (ok) setPassword("");
          });
        }}
      >
        <TextField
          id="edit-agent-password"
          label={t("agents.newPassword")}
          type="password"
          autoComplete="new-password"
          className="min-w-60 flex-1"
          value={password}
          error={form.errors.password}
          onChange={(e) => setPassword(e.target.value)}
        />
        <Button type="submit" variant="secondary" disabled={form.pending}>
          {t("agents.resetPassword")}
        </Button>
      </form>
      <div className="flex flex-wrap items-center gap-3 border-t border-gray-100 pt-4">
        <Button
          variant="secondary"
          disabled={form.pending}
          onClick={() =>
            void form.run(() => patch(agent.id, { active: !agent.active }), agent.active ? t("agents.deactivated") : t("agents.reactivated")).then(after)
          }
        >
          {agent.active ? t("agents.deactivate") : t("agents.reactivate")}
        </Button>
        <p className="text-xs text-gray-500">
          {agent.active ? t("agents.activeNote") : t("agents.inactiveNote")}
          {isMe && t("agents.isMe")}
        </p>
      </div>
    </div>
  );
}
