/**
 * What GET /api/monitor answers (issue 10, the wallboard). Times are ISO strings; `now` is the
 * database's clock when the figures were read, so the page counts "Waiting" up from the server's
 * time, not from a browser clock that may be off. Safe to import from client components.
 */
import type { Presence } from "@/lib/teams/presence-state";

export interface WallboardChannel {
  id: string;
  name: string;
  platform: string;
  /** Open conversations of the channel. */
  open: number;
  /** Open and unassigned. */
  unassigned: number;
  /** The oldest last customer message among open conversations the customer spoke last in; null = nobody waits. */
  waitingSince: string | null;
  waitWarnMinutes: number;
  waitAlertMinutes: number;
  /** Members of the channel (any role) who are Online. */
  agentsOnline: number;
}

export interface WallboardAgent {
  id: string;
  name: string;
  role: "admin" | "supervisor" | "agent";
  presence: Presence;
  /** Open conversations assigned to the agent, against `capacity`. */
  open: number;
  capacity: number;
  lastReplyAt: string | null;
}

export interface Wallboard {
  channels: WallboardChannel[];
  agents: WallboardAgent[];
  now: string;
}
