"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { ConversationView } from "@/lib/inbox/types";
import { MenuButton } from "./menu-button";
import { fromLocalInput, inOneHour, tomorrowAtNine } from "./snooze-times";
import { useStatusLabel } from "./status-label";
import type { StatusChange } from "./use-team-actions";

/**
 * "Resolve", "Reopen", "Mark pending" and "Snooze" (in 1 hour, tomorrow 9:00 in the agent's zone,
 * or a picked date). A refused change leaves the picked date in its box to correct.
 */
export function StatusActions({
  conversation,
  timeZone,
  onChange,
  busy,
}: {
  conversation: ConversationView;
  timeZone: string;
  onChange: (change: StatusChange) => void;
  busy: boolean;
}) {
  const [picking, setPicking] = useState(false);
  const [picked, setPicked] = useState("");
  const [pickError, setPickError] = useState<string | null>(null);
  const { status } = conversation;
  const t = useTranslations("inbox.statusActions");
  const statusLabel = useStatusLabel();

  function submitPicked(event: React.FormEvent) {
    event.preventDefault();
    const until = fromLocalInput(picked, timeZone);
    if (!until) {
      setPickError(t("pickError"));
      return;
    }
    setPickError(null);
    onChange({ status: "snoozed", until });
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <p className="text-xs text-gray-600">
        {t.rich("current", {
          status: statusLabel(status, conversation.snoozedUntil),
          value: (chunks) => <span className="font-medium text-gray-900">{chunks}</span>,
        })}
      </p>
      {status !== "open" && (
        <Button variant="secondary" size="sm" disabled={busy} onClick={() => onChange({ status: "open" })}>
          {t("reopen")}
        </Button>
      )}
      {/* data-shortcut: the "e" key finds this button whatever the language (keyboard-shortcuts.tsx). */}
      {status !== "resolved" && (
        <Button size="sm" disabled={busy} data-shortcut="resolve" onClick={() => onChange({ status: "resolved" })}>
          {t("resolve")}
        </Button>
      )}
      {status === "open" && (
        <Button variant="ghost" size="sm" disabled={busy} onClick={() => onChange({ status: "pending" })}>
          {t("markPending")}
        </Button>
      )}
      <MenuButton
        label={t("snooze")}
        disabled={busy}
        items={[
          { key: "hour", label: t("inOneHour"), onSelect: () => onChange({ status: "snoozed", until: inOneHour() }) },
          { key: "tomorrow", label: t("tomorrowNine"), onSelect: () => onChange({ status: "snoozed", until: tomorrowAtNine(timeZone) }) },
          { key: "pick", label: t("pick"), onSelect: () => setPicking(true) },
        ]}
      />
      {picking && (
        <form onSubmit={submitPicked} className="flex w-full flex-wrap items-center gap-2" noValidate>
          <label className="text-sm text-gray-700" htmlFor={`snooze-${conversation.id}`}>
            {t("until")}
          </label>
          <input
            id={`snooze-${conversation.id}`}
            type="datetime-local"
            value={picked}
            onChange={(e) => setPicked(e.target.value)}
            aria-invalid={pickError ? true : undefined}
            className="rounded-md border border-gray-300 px-2 py-1 text-sm"
            autoFocus
          />
          <Button type="submit" size="sm" disabled={busy}>
            {t("save")}
          </Button>
          <Button variant="ghost" size="sm" onClick={() => setPicking(false)}>
            {t("cancel")}
          </Button>
          {pickError && (
            <p role="alert" className="w-full text-sm text-red-700">
              {pickError}
            </p>
          )}
        </form>
      )}
    </div>
  );
}
