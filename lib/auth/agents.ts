import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { agents } from "@/lib/db/schema";
import { hashPassword, PASSWORD_MAX_BYTES, passwordFits } from "./password";
import { endAgentSessions } from "./sessions";

export const agentRoles = ["admin", "supervisor", "agent"] as const;
export type AgentRole = (typeof agentRoles)[number];

export const passwordSchema = z
  .string()
  .min(8, "must be at least 8 characters long")
  .refine(passwordFits, `must be at most ${PASSWORD_MAX_BYTES} bytes (what bcrypt uses)`);

export const newAgentSchema = z.object({
  email: z.string().trim().toLowerCase().email("must be an email address").max(320, "must be at most 320 characters"),
  name: z.string().trim().min(1, "must not be empty").max(120, "must be at most 120 characters"),
  password: passwordSchema,
  role: z.enum(agentRoles),
});
export type NewAgent = z.input<typeof newAgentSchema>;

export async function findAgentByEmail(db: Db, email: string) {
  const [row] = await db
    .select()
    .from(agents)
    .where(eq(sql`lower(${agents.email})`, email.trim().toLowerCase()))
    .limit(1);
  return row ?? null;
}

export async function findAgentById(db: Db, id: string) {
  const [row] = await db.select().from(agents).where(eq(agents.id, id)).limit(1);
  return row ?? null;
}

/** Creates an agent; an existing email is left as it is (returns false). */
export async function createAgent(db: Db, input: NewAgent, options: { demo?: boolean } = {}): Promise<boolean> {
  const agent = newAgentSchema.parse(input);
  const passwordHash = await hashPassword(agent.password);
  const inserted = await db
    .insert(agents)
    .values({ email: agent.email, name: agent.name, role: agent.role, passwordHash, isDemo: options.demo ?? false })
    .onConflictDoNothing()
    .returning({ id: agents.id });
  return inserted.length > 0;
}

/** A new password ends every session of the agent: whoever knew the old one is out. */
export async function setAgentPassword(db: Db, agentId: string, password: string): Promise<void> {
  const passwordHash = await hashPassword(passwordSchema.parse(password));
  await db.transaction(async (tx) => {
    await tx.update(agents).set({ passwordHash }).where(eq(agents.id, agentId));
    await endAgentSessions(tx, agentId);
  });
}

/** Deactivating ends every session at once; reactivating lets the agent sign in again. */
export async function setAgentActive(db: Db, agentId: string, active: boolean): Promise<void> {
  await db.transaction(async (tx) => {
    await tx.update(agents).set({ active }).where(eq(agents.id, agentId));
    if (!active) await endAgentSessions(tx, agentId);
  });
}

/** Whether an active admin exists that is not a demo account. */
export async function hasRealAdmin(db: Db): Promise<boolean> {
  const [row] = await db
    .select({ id: agents.id })
    .from(agents)
    .where(and(eq(agents.role, "admin"), eq(agents.active, true), eq(agents.isDemo, false)))
    .limit(1);
  return row !== undefined;
}

/** Whether any agent exists that is not a demo account. */
export async function hasRealAgent(db: Db): Promise<boolean> {
  const [row] = await db.select({ id: agents.id }).from(agents).where(eq(agents.isDemo, false)).limit(1);
  return row !== undefined;
}
