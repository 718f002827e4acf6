"use client";

import { useTranslations } from "next-intl";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { apiFetch } from "@/components/inbox/api-fetch";
import { PlatformBadge } from "@/components/inbox/platform-badge";
import { FormMessage, TextField } from "@/components/settings/form-kit";
import { useSettingsForm } from "@/components/settings/use-settings-form";
import { Button } from "@/components/ui/button";
import type { ChannelSettingsView } from "@/lib/teams/channel-settings";
import { channelSettingsSchema, DISPLAY_NAME_MAX, WAIT_MINUTES_MAX } from "@/lib/validation/settings";

export function ChannelSettingsForm({ channel }: { channel: ChannelSettingsView }) {
  const t = useTranslations("settings");
  const router = useRouter();
  const [values, setValues] = useState({
    displayName: channel.displayName ?? "",
    autoAssign: channel.autoAssign,
    // Kept as typed (strings) so a half-typed number is not lost; the schema coerces and checks.
    waitWarnMinutes: String(channel.waitWarnMinutes),
    waitAlertMinutes: String(channel.waitAlertMinutes),
  });
  const form = useSettingsForm(channelSettingsSchema);
  const id = `channel-${channel.id}`;

  return (
    <form
      // Named by the provider's name: it stays the same when the display name is saved.
      aria-label={t("channels.formLabel", { name: channel.providerName })}
      className="flex flex-col gap-3 rounded-xl border border-gray-200 bg-surface p-4"
      onSubmit={(e) => {
        e.preventDefault();
        void form.submit(values, (data) => apiFetch(`/api/settings/channels/${channel.id}`, { method: "PATCH", body: JSON.stringify(data) })).then((ok) => ok && router.refresh());
      }}
    >
      <div className="flex items-center gap-3">
        <PlatformBadge platform={channel.platform} />
        <p className="min-w-0 text-sm">
          <span className="block truncate font-medium text-gray-900">{channel.displayName ?? channel.providerName}</span>
          <span className="block truncate text-xs text-gray-500">
            {t("channels.atProvider", { name: channel.providerName })}
            {!channel.listed && t("channels.unlisted")}
          </span>
        </p>
      </div>
      <FormMessage error={form.error} saved={form.saved} />
      <TextField
        id={`${id}-name`}
        label={t("channels.displayName")}
        placeholder={channel.providerName}
        maxLength={DISPLAY_NAME_MAX}
        value={values.displayName}
        error={form.errors.displayName}
        hint={t("channels.displayNameHint")}
        onChange={(e) => setValues({ ...values, displayName: e.target.value })}
      />
      <label className="flex items-center gap-2 text-sm text-gray-800">
        <input type="checkbox" checked={values.autoAssign} onChange={(e) => setValues({ ...values, autoAssign: e.target.checked })} />
        {t("channels.autoAssign")}
      </label>
      <fieldset className="flex flex-wrap gap-3">
        <legend className="mb-1 text-sm font-medium text-gray-900">{t("channels.waiting")}</legend>
        <TextField
          id={`${id}-warn`}
          label={t("channels.amber")}
          type="number"
          inputMode="numeric"
          min={1}
          max={WAIT_MINUTES_MAX}
          value={values.waitWarnMinutes}
          error={form.errors.waitWarnMinutes}
          onChange={(e) => setValues({ ...values, waitWarnMinutes: e.target.value })}
        />
        <TextField
          id={`${id}-alert`}
          label={t("channels.red")}
          type="number"
          inputMode="numeric"
          min={1}
          max={WAIT_MINUTES_MAX}
          value={values.waitAlertMinutes}
          error={form.errors.waitAlertMinutes}
          onChange={(e) => setValues({ ...values, waitAlertMinutes: e.target.value })}
        />
      </fieldset>
      <Button type="submit" disabled={form.pending} className="self-start">
        {t("form.save")}
      </Button>
    </form>
  );
}
