/** What the assignment and status routes answer: safe to import from client components. */
import type { AgentRole } from "@/lib/db/rows";

export interface AssigneeOption {
  id: string;
  name: string;
  role: AgentRole;
  online: boolean;
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
