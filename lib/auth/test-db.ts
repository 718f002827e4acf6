import { openDatabase, type OpenDatabase } from "@/lib/db/client";
import { agents } from "@/lib/db/schema";
import bcrypt from "bcryptjs";

/**
 * An in-memory PGlite with the app's schema, and a way to add an agent. Its hash is a real bcrypt
 * hash at the lowest cost, so tests that check dozens of passwords stay fast.
 */
export async function authFixture() {
  const database: OpenDatabase = await openDatabase({ kind: "pglite" });
  const { db } = database;
  async function addAgent(email: string, password: string, extra: Partial<typeof agents.$inferInsert> = {}) {
    const [row] = await db
      .insert(agents)
      .values({ email, name: email.split("@")[0], passwordHash: await bcrypt.hash(password, 4), role: "agent", ...extra })
      .returning();
    return row;
  }
  return { db, addAgent, close: () => database.close() };
}
