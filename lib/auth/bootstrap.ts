import "server-only";
import { and, eq } from "drizzle-orm";
import type { AppConfig } from "@/lib/config";
import type { Db } from "@/lib/db/client";
import { agents } from "@/lib/db/schema";
import { createAgent, findAgentByEmail, hasRealAdmin, hasRealAgent, setAgentPassword } from "./agents";
import { DEMO_ACCOUNTS } from "./demo-accounts";
import { endAgentSessions } from "./sessions";

/** A setup problem that must stop the start, with a message saying how to fix it. */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StartupError";
  }
}

export const CREATE_ADMIN_HELP =
  "no agent exists yet (demo accounts from sandbox mode do not count: they never sign in to a live server). Set ADMIN_EMAIL and ADMIN_PASSWORD and start again, or create one with: npm run agent:create -- --email you@example.com --name 'Your Name' --role admin (the password is asked for, or read from AGENT_PASSWORD)";

export interface BootstrapReport {
  /** Demo accounts switched off by this live start. */
  demoAccountsDisabled: number;
  adminCreated: boolean;
}

/**
 * Makes the agents fit the mode. Sandbox: the demo accounts exist and may sign in. Live: every
 * demo account is disabled and signed out (their passwords are published), the admin from
 * ADMIN_EMAIL/ADMIN_PASSWORD is made whenever no real admin exists, and a start with no real
 * agent at all is refused with how to create one.
 */
export async function ensureFirstAgents(db: Db, config: AppConfig): Promise<BootstrapReport> {
  const report: BootstrapReport = { demoAccountsDisabled: 0, adminCreated: false };
  if (config.mode === "sandbox") {
    for (const account of DEMO_ACCOUNTS) await createAgent(db, account, { demo: true });
    await db.update(agents).set({ active: true }).where(eq(agents.isDemo, true));
  } else {
    report.demoAccountsDisabled = await disableDemoAccounts(db);
  }
  if (config.admin && !(await hasRealAdmin(db))) {
    await makeAdmin(db, config.admin);
    report.adminCreated = true;
  }
  if (config.mode === "live" && !(await hasRealAgent(db))) throw new StartupError(CREATE_ADMIN_HELP);
  return report;
}

async function disableDemoAccounts(db: Db): Promise<number> {
  const disabled = await db
    .update(agents)
    .set({ active: false })
    .where(and(eq(agents.isDemo, true), eq(agents.active, true)))
    .returning({ id: agents.id });
  for (const { id } of disabled) await endAgentSessions(db, id);
  return disabled.length;
}

/** ADMIN_EMAIL becomes an active, real admin with ADMIN_PASSWORD, whether or not it existed. */
async function makeAdmin(db: Db, admin: { email: string; password: string }): Promise<void> {
  const existing = await findAgentByEmail(db, admin.email);
  if (!existing) {
    await createAgent(db, { email: admin.email, password: admin.password, name: "Administrator", role: "admin" });
    return;
  }
  await db.update(agents).set({ role: "admin", active: true, isDemo: false }).where(eq(agents.id, existing.id));
  await setAgentPassword(db, existing.id, admin.password);
}
