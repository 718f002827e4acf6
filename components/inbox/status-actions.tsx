"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import type { ConversationView } from "@/lib/inbox/types";
import { MenuButton } from "./menu-button";
import { fromLocalInput, inOneHour, tomorrowAtNine } from "./snooze-times";
import type { StatusChange } from "./use-team-actions";

const STATUS_LABELS: Record<ConversationView["status"], string> = { open: "Open", pending: "Pending", snoozed: "Snoozed", resolved: "Resolved" };

export function statusLabel(conversation: Pick<ConversationView, "status" | "snoozedUntil">): string {
  if (conversation.status === "snoozed" && conversation.snoozedUntil) {
    return `Snoozed until ${new Date(conversation.snoozedUntil).toLocaleString(undefined, { dateStyle: "medium", timeStyle: "short" })}`;
  }
  return STATUS_LABELS[conversation.status];
}

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

  function submitPicked(event: React.FormEvent) {
    event.preventDefault();
    const until = fromLocalInput(picked, timeZone);
    if (!until) {
      setPickError("Choose a date and time.");
      return;
    }
    setPickError(null);
    onChange({ status: "snoozed", until });
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      <p className="text-xs text-gray-600">
        Status: <span className="font-medium text-gray-900">{statusLabel(conversation)}</span>
      </p>
      {status !== "open" && (
        <Button variant="secondary" size="sm" disabled={busy} onClick={() => onChange({ status: "open" })}>
          Reopen
        </Button>
      )}
      {status !== "resolved" && (
        <Button size="sm" disabled={busy} onClick={() => onChange({ status: "resolved" })}>
          Resolve
        </Button>
      )}
      {status === "open" && (
        <Button variant="ghost" size="sm" disabled={busy} onClick={() => onChange({ status: "pending" })}>
          Mark pending
        </Button>
      )}
      <MenuButton
        label="Snooze"
        disabled={busy}
        items={[
          { key: "hour", label: "In 1 hour", onSelect: () => onChange({ status: "snoozed", until: inOneHour() }) },
          { key: "tomorrow", label: "Tomorrow 9:00", onSelect: () => onChange({ status: "snoozed", until: tomorrowAtNine(timeZone) }) },
          { key: "pick", label: "Pick a date…", onSelect: () => setPicking(true) },
        ]}
      />
      {picking && (
        <form onSubmit={submitPicked} className="flex w-full flex-wrap items-center gap-2" noValidate>
          <label className="text-sm text-gray-700" htmlFor={`snooze-${conversation.id}`}>
            Snooze until
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
            Save snooze
          </Button>
          <Button variant="ghost" size="sm" onClick={() => setPicking(false)}>
            Cancel
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
