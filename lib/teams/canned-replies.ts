import "server-only";
import { asc, sql } from "drizzle-orm";
import type { DbExecutor } from "@/lib/db/client";
import { cannedReplies } from "@/lib/db/schema";

export interface CannedReplyView {
  id: string;
  shortcut: string;
  body: string;
}

/** Every canned reply, by shortcut: the picker filters them in the browser (a team has dozens, not thousands). */
export async function listCannedReplies(db: DbExecutor): Promise<CannedReplyView[]> {
  return db
    .select({ id: cannedReplies.id, shortcut: cannedReplies.shortcut, body: cannedReplies.body })
    .from(cannedReplies)
    .orderBy(asc(sql`lower(${cannedReplies.shortcut})`));
}
