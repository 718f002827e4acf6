import "server-only";
import type { Db } from "@/lib/db/client";
import { sandboxMessages } from "@/lib/db/schema";
import { SimulatorError } from "./simulator";
import { bulkMessageText, type BulkHistoryInput } from "./simulator-schema";
import { findChannelById, INBOUND_STATUS } from "./store";

/**
 * Long histories for load tests and demos (issue 12 part 4): chats the stand-in holds as if they
 * had been going on for months, which the app then mirrors through the provider's own API like any
 * other chat. Sandbox only, admins only (see the route).
 */

/** Minutes between two generated messages: 20,000 of them span about seven months of days. */
const SPACING_MINUTES = 15;
/** Rows per INSERT: six values each stays well under PostgreSQL's 65,535 parameters. */
const CHUNK = 2_000;

/** Adds the chats and answers what it made; the newest message of each is a minute old. */
export async function addBulkHistory(
  db: Db,
  channelId: string,
  input: BulkHistoryInput,
  now: Date = new Date(),
): Promise<{ destinations: string[]; messages: number }> {
  const id = /^\d{1,10}$/.test(channelId) ? Number(channelId) : NaN;
  const channel = Number.isNaN(id) ? null : await findChannelById(db, id);
  if (!channel) throw new SimulatorError("not_found", "There is no such sandbox channel.");
  const destinations =
    input.chats === 1 ? [input.destination] : Array.from({ length: input.chats }, (_, i) => `${input.destination}-${i + 1}`);
  const newest = now.getTime() - 60_000;
  const rows = destinations.flatMap((destination, chat) =>
    Array.from({ length: input.messagesPerChat }, (_, i) => {
      const n = i + 1;
      const fromContact = input.from === "both" && n % 2 === 1;
      return {
        channelId: channel.id,
        destination,
        sent: fromContact ? 0 : 1,
        message: bulkMessageText(destination, n),
        status: fromContact ? INBOUND_STATUS : "read",
        // The operator has fetched it: only the app's own read markers say what is unread.
        readByOperator: true,
        // Chats one spacing apart, each one's messages further apart: the newest chat is the last.
        createdAt: new Date(newest - ((input.messagesPerChat - n) * SPACING_MINUTES + (destinations.length - 1 - chat)) * 60_000),
      };
    }),
  );
  await db.transaction(async (tx) => {
    for (let i = 0; i < rows.length; i += CHUNK) await tx.insert(sandboxMessages).values(rows.slice(i, i + CHUNK));
  });
  return { destinations, messages: rows.length };
}
