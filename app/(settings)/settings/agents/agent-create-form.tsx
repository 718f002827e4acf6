"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { apiFetch } from "@/components/inbox/api-fetch";
import { FormActions, FormMessage, TextField } from "@/components/settings/form-kit";
import { useSettingsForm } from "@/components/settings/use-settings-form";
import { agentCreateSchema, PASSWORD_MIN_LENGTH, type AgentRole } from "@/lib/validation/settings";
import { CapacityField } from "./capacity-field";
import { ChannelCheckboxes, type ChannelOption } from "./channel-checkboxes";
import { RoleSelect } from "./role-select";

interface Values {
  name: string;
  email: string;
  password: string;
  role: AgentRole;
  channelIds: string[];
  /** As typed: the schema says what is wrong with it. */
  capacity: string;
}

/** "Add agent": everything typed stays in place when the server refuses (a taken email…). */
export function AgentCreateForm({ channels, onDone }: { channels: ChannelOption[]; onDone: () => void }) {
  const t = useTranslations("settings");
  const router = useRouter();
  const [values, setValues] = useState<Values>({ name: "", email: "", password: "", role: "agent", channelIds: [], capacity: "10" });
  const form = useSettingsForm(agentCreateSchema);
  const set = (patch: Partial<typeof values>) => setValues({ ...values, ...patch });

  return (
    <form
      aria-label={t("agents.add")}
      className="flex flex-col gap-4 rounded-xl border border-gray-200 bg-surface p-4"
      onSubmit={(e) => {
        e.preventDefault();
        const input = { ...values, capacity: Number(values.capacity) };
        void form.submit(input, (data) => apiFetch("/api/agents", { method: "POST", body: JSON.stringify(data) }), t("agents.added")).then((ok) => {
          if (!ok) return;
          onDone();
          router.refresh();
        });
      }}
    >
      <h2 className="font-medium text-gray-900">{t("agents.add")}</h2>
      <FormMessage error={form.error} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField id="new-agent-name" label={t("agents.name")} value={values.name} maxLength={120} error={form.errors.name} onChange={(e) => set({ name: e.target.value })} />
        <TextField id="new-agent-email" label={t("agents.email")} type="email" autoComplete="off" value={values.email} maxLength={254} error={form.errors.email} onChange={(e) => set({ email: e.target.value })} />
        <TextField
          id="new-agent-password"
          label={t("agents.password")}
          type="password"
          autoComplete="new-password"
          value={values.password}
          error={form.errors.password}
          hint={t("agents.passwordHint", { min: PASSWORD_MIN_LENGTH })}
          onChange={(e) => set({ password: e.target.value })}
        />
        <RoleSelect id="new-agent-role" value={values.role} error={form.errors.role} onChange={(role) => set({ role })} />
        <CapacityField id="new-agent-capacity" value={values.capacity} error={form.errors.capacity} onChange={(capacity) => set({ capacity })} />
      </div>
      <ChannelCheckboxes idPrefix="new-agent" channels={channels} value={values.channelIds} error={form.errors.channelIds} onChange={(channelIds) => set({ channelIds })} />
      <FormActions pending={form.pending} submitLabel={t("form.save")} onCancel={onDone} />
    </form>
  );
}
