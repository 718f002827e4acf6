/**
 * The wallboard's arithmetic, kept apart from React so it is tested alone. Safe for the browser.
 */
import type { InboxEvent } from "@/lib/events/types";
import { waitLevel, type WaitLevel } from "@/lib/format/waiting";

/**
 * How long the longest-waiting customer has waited, in whole seconds, at `clientNow`. Counted
 * from the server's clock (`serverNow`, read with the figures) plus the time since the answer
 * arrived (`receivedAt`, the browser's clock): a browser clock that is minutes off does not
 * show a wrong wait. Null when nobody waits.
 */
export function waitSeconds(waitingSince: string | null, serverNow: string, receivedAt: number, clientNow: number): number | null {
  if (waitingSince === null) return null;
  const elapsed = Date.parse(serverNow) - Date.parse(waitingSince) + Math.max(0, clientNow - receivedAt);
  return Math.max(0, Math.floor(elapsed / 1000));
}

/**
 * Past the channel's thresholds (Settings → Channels): a warning, then an alert, by the same rule
 * as the conversation list's waiting times (whole minutes reached), so both agree.
 */
export function wallboardWaitLevel(seconds: number, warnMinutes: number, alertMinutes: number): WaitLevel {
  return waitLevel(Math.floor(seconds / 60), { warnMinutes, alertMinutes });
}

/** A duration split for the catalog's message ("4 min 12 s", "1 h 5 min"). */
export function durationParts(totalSeconds: number): { hours: number; minutes: number; seconds: number } {
  const s = Math.max(0, Math.floor(totalSeconds));
  return { hours: Math.floor(s / 3600), minutes: Math.floor((s % 3600) / 60), seconds: s % 60 };
}

// Events that cannot move a figure: reading, mentions, a sent message's provider status.
const QUIET: ReadonlySet<string> = new Set(["conversation.read", "mention.created", "message.updated", "channel.updated"]);

/**
 * Whether an event may change the wallboard: new messages (Waiting), conversations appearing or
 * changing hands or status (Open, Unassigned), channels, agents' presence, and any type this build
 * does not know: refetching once too often is cheap, missing a change is not.
 */
export function changesWallboard(event: Pick<InboxEvent, "type">): boolean {
  return !QUIET.has(event.type);
}
