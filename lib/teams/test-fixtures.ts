import { and, asc, eq } from "drizzle-orm";
import { afterAll, beforeAll } from "vitest";
import { inboxFixture } from "@/lib/inbox/test-fixtures";
import { agents, auditLog, channelMembers, conversations } from "@/lib/db/schema";
import { conversationScope } from "@/lib/auth/scope";
import type { SessionAgent } from "@/lib/auth/session";

/**
 * The inbox fixture (Ana: agent and channel member; Bo: supervisor) plus what team tests need:
 * more agents, their online state, the conversation scope a route rule would load, the audit log.
 */
export async function teamFixture() {
  const fx = await inboxFixture();
  const { db, channel } = fx;

  async function addAgent(name: string, opts: { role?: "agent" | "supervisor" | "admin"; member?: boolean; online?: boolean; away?: boolean; capacity?: number; active?: boolean } = {}) {
    const [row] = await db
      .insert(agents)
      .values({
        email: `${name.toLowerCase()}@test`,
        name,
        passwordHash: "x",
        role: opts.role ?? "agent",
        capacity: opts.capacity ?? 10,
        active: opts.active ?? true,
        // Online (issue 10) = an open tab (heartbeat) with recent input; `away` = chose Away.
        lastSeenAt: opts.online ? new Date() : null,
        lastActiveAt: opts.online ? new Date() : null,
        awayChosen: opts.away ?? false,
      })
      .returning();
    if (opts.member) await db.insert(channelMembers).values({ agentId: row.id, channelId: channel.id });
    const actor: SessionAgent = { id: row.id, email: row.email, name: row.name, role: row.role, channelIds: opts.member ? [channel.id] : [] };
    return actor;
  }

  const scopeOf = async (conversationId: string) => (await conversationScope(db, conversationId))!;
  const conversation = async (id: string) => (await db.select().from(conversations).where(eq(conversations.id, id)))[0];
  /** A conversation's audit entries of one kind, oldest first. */
  const audit = (kind: string, targetId: string) =>
    db.select().from(auditLog).where(and(eq(auditLog.kind, kind), eq(auditLog.targetId, targetId))).orderBy(asc(auditLog.id));
  const setOnline = (agentId: string, online: boolean) =>
    db.update(agents).set(online ? { lastSeenAt: new Date(), lastActiveAt: new Date() } : { lastSeenAt: null }).where(eq(agents.id, agentId));

  return { ...fx, addAgent, scopeOf, conversation, audit, setOnline };
}

export type TeamFixture = Awaited<ReturnType<typeof teamFixture>>;

/** One fixture for a whole test file: filled in before its tests run, closed after. */
export function sharedTeamFixture(): TeamFixture {
  const fx = {} as TeamFixture;
  beforeAll(async () => {
    Object.assign(fx, await teamFixture());
  }, 60_000);
  afterAll(async () => {
    await fx.close?.();
  });
  return fx;
}
