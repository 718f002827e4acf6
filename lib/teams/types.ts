/** What the assignment and status routes answer: safe to import from client components. */
import type { AgentRole } from "@/lib/db/rows";
import type { Presence } from "./presence-state";

export interface AssigneeOption {
  id: string;
  name: string;
  role: AgentRole;
  /** Shown beside the name (issue 10): supervisors see who is there before assigning. */
  presence: Presence;
}

/** GET/PUT /api/profile/presence and POST /api/profile/activity: one's own presence. */
export interface PresenceResponse {
  presence: Presence;
  /** Away chosen in the header menu (until "Online" is chosen again). */
  away: boolean;
}

export interface AssigneesResponse {
  /** Who the "Assign" menu offers (an agent: only itself). */
  agents: AssigneeOption[];
  /** Who owns the conversation now, for the header. */
  assignee: { id: string; name: string } | null;
  /** The signed-in agent: "Assign to me", and "Tomorrow 9:00" in its own time zone. */
  viewer: { id: string; timeZone: string };
}

export interface AssignResult {
  conversationId: string;
  assigneeId: string | null;
  previousAssigneeId: string | null;
}

export type SettableStatus = "open" | "pending" | "resolved" | "snoozed";

export interface StatusResult {
  conversationId: string;
  status: SettableStatus;
  snoozedUntil: string | null;
}
