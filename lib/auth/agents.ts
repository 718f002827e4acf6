import "server-only";
import { eq, sql } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/lib/db/client";
import { agents } from "@/lib/db/schema";
import { hashPassword } from "./password";

export const agentRoles = ["admin", "supervisor", "agent"] as const;
export type AgentRole = (typeof agentRoles)[number];

export const newAgentSchema = z.object({
  email: z.string().trim().toLowerCase().email("must be an email address"),
  name: z.string().trim().min(1, "must not be empty").max(120, "must be at most 120 characters"),
  password: z.string().min(8, "must be at least 8 characters long").max(200, "must be at most 200 characters"),
  role: z.enum(agentRoles),
});
export type NewAgent = z.input<typeof newAgentSchema>;

export async function countAgents(db: Db): Promise<number> {
  const [row] = await db.select({ n: sql<number>`count(*)::int` }).from(agents);
  return row?.n ?? 0;
}

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
export async function createAgent(db: Db, input: NewAgent): Promise<boolean> {
  const agent = newAgentSchema.parse(input);
  const passwordHash = await hashPassword(agent.password);
  const inserted = await db
    .insert(agents)
    .values({ email: agent.email, name: agent.name, role: agent.role, passwordHash })
    .onConflictDoNothing()
    .returning({ id: agents.id });
  return inserted.length > 0;
}
