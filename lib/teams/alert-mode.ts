import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { agents } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";
import { ALERT_MODES, alertModeSchema, type AlertMode } from "@/lib/validation/alerts";

const isAlertMode = (v: string): v is AlertMode => (ALERT_MODES as readonly string[]).includes(v);

/** The agent's choice of in-tab alerts; an unknown stored value reads as the default ("all"). */
export async function getAlertMode(db: Db, agentId: string): Promise<AlertMode> {
  const [row] = await db.select({ alertMode: agents.alertMode }).from(agents).where(eq(agents.id, agentId)).limit(1);
  if (!row) throw notFound("This agent");
  return isAlertMode(row.alertMode) ? row.alertMode : "all";
}

export async function setAlertMode(db: Db, agentId: string, input: unknown): Promise<AlertMode> {
  const { alertMode } = alertModeSchema.parse(input);
  const updated = await db.update(agents).set({ alertMode }).where(eq(agents.id, agentId)).returning({ id: agents.id });
  if (updated.length === 0) throw notFound("This agent");
  return alertMode;
}
