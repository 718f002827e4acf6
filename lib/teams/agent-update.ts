import "server-only";
import { and, asc, eq, or } from "drizzle-orm";
import type { Db, DbExecutor } from "@/lib/db/client";
import { agents } from "@/lib/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { endAgentSessions } from "@/lib/auth/sessions";
import { AppError, notFound } from "@/lib/errors";
import { agentUpdateSchema, type AgentUpdateInput } from "@/lib/validation/settings";
import { recordAudit } from "./audit";
import { assertChannelsExist, findAgentView, setMemberships, type AgentAdminView } from "./agents-admin";
import type { AuditActor } from "./actor";

const lastAdmin = () =>
  new AppError("last_admin", 409, "This is the last active admin: make another agent an admin before demoting or deactivating this one.");

/**
 * Locks the agent and every active admin in one statement, in id order: two admins demoting each
 * other at once queue on the same rows in the same order (no deadlock), and the second sees the
 * first's change (PostgreSQL re-checks a row it waited for), so they cannot both leave none.
 */
async function lockAgentAndAdmins(tx: DbExecutor, agentId: string) {
  const rows = await tx
    .select()
    .from(agents)
    .where(or(eq(agents.id, agentId), and(eq(agents.role, "admin"), eq(agents.active, true))))
    .orderBy(asc(agents.id))
    .for("update");
  const current = rows.find((r) => r.id === agentId);
  const otherActiveAdmins = rows.filter((r) => r.id !== agentId && r.role === "admin" && r.active).length;
  return { current, otherActiveAdmins };
}

/**
 * Changes what an admin may change about an agent: name, role, capacity, channels, active, a new
 * password. Deactivation and a reset password end the agent's sessions in the same transaction;
 * each kind of change gets its own audit entry (a password's entry never holds the hash).
 */
export async function updateAgent(db: Db, actor: AuditActor, agentId: string, input: AgentUpdateInput): Promise<AgentAdminView> {
  const change = agentUpdateSchema.parse(input);
  const passwordHash = change.password ? await hashPassword(change.password) : null;
  await db.transaction(async (tx) => {
    const { current, otherActiveAdmins } = await lockAgentAndAdmins(tx, agentId);
    if (!current) throw notFound("This agent");
    const losesAdmin = current.role === "admin" && current.active && ((change.role && change.role !== "admin") || change.active === false);
    if (losesAdmin && otherActiveAdmins === 0) throw lastAdmin();

    const before: Record<string, unknown> = {};
    const after: Record<string, unknown> = {};
    for (const key of ["name", "role", "capacity"] as const) {
      if (change[key] !== undefined && change[key] !== current[key]) {
        before[key] = current[key];
        after[key] = change[key];
      }
    }
    const target = { type: "agent", id: agentId };
    if (Object.keys(after).length > 0) {
      await tx.update(agents).set(after as Partial<typeof agents.$inferInsert>).where(eq(agents.id, agentId));
      await recordAudit(tx, { actor, kind: "agent.updated", target, before, after });
    }
    if (change.active !== undefined && change.active !== current.active) {
      await tx.update(agents).set({ active: change.active }).where(eq(agents.id, agentId));
      if (!change.active) await endAgentSessions(tx, agentId);
      await recordAudit(tx, { actor, kind: change.active ? "agent.reactivated" : "agent.deactivated", target, before: { active: current.active }, after: { active: change.active } });
    }
    if (change.channelIds) {
      await assertChannelsExist(tx, change.channelIds);
      const access = await setMemberships(tx, agentId, change.channelIds);
      if (access) await recordAudit(tx, { actor, kind: "channel.access", target, before: { channelIds: access.before }, after: { channelIds: access.after } });
    }
    if (passwordHash) {
      await tx.update(agents).set({ passwordHash }).where(eq(agents.id, agentId));
      await endAgentSessions(tx, agentId);
      await recordAudit(tx, { actor, kind: "agent.password_reset", target });
    }
  });
  return (await findAgentView(db, agentId))!;
}
