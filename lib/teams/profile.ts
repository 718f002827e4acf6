import "server-only";
import { and, eq, ne } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { agentSessions, agents } from "@/lib/db/schema";
import { hashPassword, verifyPassword } from "@/lib/auth/password";
import { invalidInput, notFound } from "@/lib/errors";
import { passwordChangeSchema, profileSchema } from "@/lib/validation/settings";
import { recordAudit } from "./audit";

export interface ProfileView {
  name: string;
  email: string;
  timeZone: string;
}

export interface ProfileAgent {
  id: string;
  email: string;
  sessionId: string;
}

export async function getProfile(db: Db, agentId: string): Promise<ProfileView> {
  const [row] = await db.select({ name: agents.name, email: agents.email, timeZone: agents.timeZone }).from(agents).where(eq(agents.id, agentId)).limit(1);
  if (!row) throw notFound("This agent");
  return row;
}

/** One's own name and time zone (the zone decides what "tomorrow 9:00" means for a snooze). */
export async function updateProfile(db: Db, agent: ProfileAgent, input: unknown): Promise<ProfileView> {
  const change = profileSchema.parse(input);
  await db.transaction(async (tx) => {
    const [current] = await tx.select({ name: agents.name, timeZone: agents.timeZone }).from(agents).where(eq(agents.id, agent.id)).for("update");
    if (!current) throw notFound("This agent");
    if (current.name === change.name && current.timeZone === change.timeZone) return;
    await tx.update(agents).set(change).where(eq(agents.id, agent.id));
    await recordAudit(tx, { actor: agent, kind: "profile.updated", target: { type: "agent", id: agent.id }, before: current, after: change });
  });
  return getProfile(db, agent.id);
}

export const wrongCurrentPassword = () =>
  invalidInput("The current password is not right.", { currentPassword: "The current password is not right." });

/**
 * A new password, proven by the current one. Every other session of the agent ends (whoever
 * knew the old password is out); this browser stays signed in.
 */
export async function changeOwnPassword(db: Db, agent: ProfileAgent, input: unknown): Promise<void> {
  const change = passwordChangeSchema.parse(input);
  const [row] = await db.select({ passwordHash: agents.passwordHash }).from(agents).where(eq(agents.id, agent.id)).limit(1);
  if (!row) throw notFound("This agent");
  if (!(await verifyPassword(change.currentPassword, row.passwordHash))) throw wrongCurrentPassword();
  const passwordHash = await hashPassword(change.newPassword);
  await db.transaction(async (tx) => {
    await tx.update(agents).set({ passwordHash }).where(eq(agents.id, agent.id));
    await tx.delete(agentSessions).where(and(eq(agentSessions.agentId, agent.id), ne(agentSessions.id, agent.sessionId)));
    await recordAudit(tx, { actor: agent, kind: "profile.password_changed", target: { type: "agent", id: agent.id } });
  });
}
