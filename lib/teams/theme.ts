import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { agents } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";
import type { ThemeChoice } from "@/lib/theme/choice";

/**
 * One's own theme, kept per agent (not per browser) so every device the agent signs in on paints
 * the same from its first HTML. A preference, not a security change: no audit entry.
 */
export async function setOwnTheme(db: Db, agentId: string, theme: ThemeChoice): Promise<ThemeChoice> {
  const [row] = await db.update(agents).set({ theme }).where(eq(agents.id, agentId)).returning({ theme: agents.theme });
  if (!row) throw notFound("This agent");
  return theme;
}
