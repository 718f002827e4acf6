import "server-only";
import { asc, eq, inArray, sql } from "drizzle-orm";
import type { Db, DbExecutor } from "@/lib/db/client";
import type { AgentRole } from "@/lib/db/rows";
import { agents, channelMembers, channels } from "@/lib/db/schema";
import { hashPassword } from "@/lib/auth/password";
import { memberChannelIds } from "@/lib/auth/sessions";
import { AppError, invalidInput } from "@/lib/errors";
import { agentCreateSchema, type AgentCreateInput } from "@/lib/validation/settings";
import { recordAudit } from "./audit";
import { conflictAs, type AuditActor } from "./actor";
import { presenceSql, type Presence } from "./presence-state";

/** An agent as the settings pages show it (never the password hash). */
export interface AgentAdminView {
  id: string;
  name: string;
  email: string;
  role: AgentRole;
  channelIds: string[];
  capacity: number;
  active: boolean;
  timeZone: string;
  /** Shown beside the name: who is at work now. */
  presence: Presence;
}

const viewColumns = {
  id: agents.id,
  name: agents.name,
  email: agents.email,
  role: agents.role,
  channelIds: memberChannelIds,
  capacity: agents.capacity,
  active: agents.active,
  timeZone: agents.timeZone,
  presence: presenceSql,
};

const sorted = (ids: readonly string[] | null) => [...(ids ?? [])].sort();

export async function listAgents(db: DbExecutor): Promise<AgentAdminView[]> {
  const rows = await db.select(viewColumns).from(agents).orderBy(asc(sql`lower(${agents.name})`), asc(agents.id));
  return rows.map((r) => ({ ...r, channelIds: sorted(r.channelIds) }));
}

export async function findAgentView(db: DbExecutor, agentId: string): Promise<AgentAdminView | null> {
  const [row] = await db.select(viewColumns).from(agents).where(eq(agents.id, agentId)).limit(1);
  return row ? { ...row, channelIds: sorted(row.channelIds) } : null;
}

export const duplicateEmail = () => new AppError("email_taken", 409, "An agent with this email already exists.", { email: "An agent with this email already exists." });

/** Every id must name a channel: a made-up id is the client's mistake (422), not a 500 on the foreign key. */
export async function assertChannelsExist(db: DbExecutor, channelIds: readonly string[]): Promise<void> {
  if (channelIds.length === 0) return;
  const found = await db.select({ id: channels.id }).from(channels).where(inArray(channels.id, [...channelIds]));
  if (found.length !== new Set(channelIds).size) throw invalidInput("One of the channels does not exist.", { channelIds: "One of the channels does not exist." });
}

/** Replaces an agent's memberships; returns the lists before and after (sorted) when they differ. */
export async function setMemberships(tx: DbExecutor, agentId: string, channelIds: readonly string[]) {
  const current = await tx.select({ id: channelMembers.channelId }).from(channelMembers).where(eq(channelMembers.agentId, agentId));
  const before = sorted(current.map((r) => r.id));
  const after = sorted(channelIds);
  if (before.join() === after.join()) return null;
  const removed = before.filter((id) => !after.includes(id));
  if (removed.length > 0) await tx.delete(channelMembers).where(sql`${channelMembers.agentId} = ${agentId} and ${inArray(channelMembers.channelId, removed)}`);
  const added = after.filter((id) => !before.includes(id));
  if (added.length > 0) await tx.insert(channelMembers).values(added.map((channelId) => ({ agentId, channelId }))).onConflictDoNothing();
  return { before, after };
}

/** Adds an agent with its channel access; a taken email (any case) is a 409. */
export async function createAgentWithAccess(db: Db, actor: AuditActor, input: AgentCreateInput): Promise<AgentAdminView> {
  const agent = agentCreateSchema.parse(input);
  // Hashed before the transaction: bcrypt takes ~0.2 s and must not hold locks meanwhile.
  const passwordHash = await hashPassword(agent.password);
  const id = await conflictAs(
    () =>
      db.transaction(async (tx) => {
        await assertChannelsExist(tx, agent.channelIds);
        const [row] = await tx
          .insert(agents)
          .values({ email: agent.email, name: agent.name, role: agent.role, passwordHash, ...(agent.capacity ? { capacity: agent.capacity } : {}) })
          .onConflictDoNothing()
          .returning({ id: agents.id, capacity: agents.capacity });
        if (!row) throw duplicateEmail();
        if (agent.channelIds.length > 0) await tx.insert(channelMembers).values(agent.channelIds.map((channelId) => ({ agentId: row.id, channelId })));
        await recordAudit(tx, {
          actor,
          kind: "agent.created",
          target: { type: "agent", id: row.id },
          after: { name: agent.name, email: agent.email, role: agent.role, capacity: row.capacity, channelIds: sorted(agent.channelIds) },
        });
        return row.id;
      }),
    duplicateEmail,
  );
  return (await findAgentView(db, id))!;
}
