import "server-only";
import type { AppConfig } from "@/lib/config";
import type { Db } from "@/lib/db/client";
import { countAgents, createAgent } from "./agents";
import { DEMO_ACCOUNTS } from "./demo-accounts";

/** A setup problem that must stop the start, with a message saying how to fix it. */
export class StartupError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "StartupError";
  }
}

export const CREATE_ADMIN_HELP =
  "no agent exists yet. Set ADMIN_EMAIL and ADMIN_PASSWORD and start again, or create one with: npm run agent:create -- --email you@example.com --name 'Your Name' --role admin (the password is asked for, or read from AGENT_PASSWORD)";

/**
 * On a start with no agents: the admin from ADMIN_EMAIL/ADMIN_PASSWORD, else the demo accounts
 * in sandbox mode, else (live) refuse to start.
 */
export async function ensureFirstAgents(db: Db, config: AppConfig): Promise<void> {
  if ((await countAgents(db)) > 0) return;
  if (config.admin) {
    await createAgent(db, { email: config.admin.email, password: config.admin.password, name: "Administrator", role: "admin" });
    return;
  }
  if (config.mode === "sandbox") {
    for (const account of DEMO_ACCOUNTS) await createAgent(db, account);
    return;
  }
  throw new StartupError(CREATE_ADMIN_HELP);
}
