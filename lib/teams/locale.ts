import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { agents } from "@/lib/db/schema";
import { notFound } from "@/lib/errors";
import type { Locale } from "@/lib/i18n/locales";

/**
 * One's own language, kept per agent so every device they sign in on speaks it from the first
 * HTML; null goes back to each browser's own language. A preference: no audit entry.
 */
export async function setOwnLocale(db: Db, agentId: string, locale: Locale | null): Promise<Locale | null> {
  const [row] = await db.update(agents).set({ locale }).where(eq(agents.id, agentId)).returning({ id: agents.id });
  if (!row) throw notFound("This agent");
  return locale;
}
