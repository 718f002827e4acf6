import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import type { Db, DbExecutor } from "@/lib/db/client";
import { channels } from "@/lib/db/schema";
import { publishEvents } from "@/lib/events/publish";
import { invalidInput, notFound } from "@/lib/errors";
import { channelSettingsSchema, WAIT_ORDER_MESSAGE, type ChannelSettingsInput } from "@/lib/validation/settings";
import { recordAudit } from "./audit";
import type { AuditActor } from "./actor";

export interface ChannelSettingsView {
  id: string;
  platform: string;
  /** The provider's name for the channel. */
  providerName: string;
  /** What the team sees instead, when set. */
  displayName: string | null;
  autoAssign: boolean;
  waitWarnMinutes: number;
  waitAlertMinutes: number;
  /** False once the provider stopped listing it. */
  listed: boolean;
}

const columns = {
  id: channels.id,
  platform: channels.platform,
  providerName: channels.name,
  displayName: channels.displayName,
  autoAssign: channels.autoAssign,
  waitWarnMinutes: channels.waitWarnMinutes,
  waitAlertMinutes: channels.waitAlertMinutes,
  listed: channels.listed,
};

export async function listChannelSettings(db: DbExecutor): Promise<ChannelSettingsView[]> {
  return db.select(columns).from(channels).orderBy(asc(sql`lower(coalesce(${channels.displayName}, ${channels.name}))`), asc(channels.id));
}

/** A display name and auto-assignment for one channel; the inboxes hear of it at once. */
export async function updateChannelSettings(db: Db, actor: AuditActor, channelId: string, input: ChannelSettingsInput): Promise<ChannelSettingsView> {
  const change = channelSettingsSchema.parse(input);
  return db.transaction(async (tx) => {
    const [current] = await tx.select(columns).from(channels).where(eq(channels.id, channelId)).for("update");
    if (!current) throw notFound("This channel");
    const after = { ...change, waitWarnMinutes: change.waitWarnMinutes ?? current.waitWarnMinutes, waitAlertMinutes: change.waitAlertMinutes ?? current.waitAlertMinutes };
    if (after.waitWarnMinutes >= after.waitAlertMinutes) {
      throw invalidInput(WAIT_ORDER_MESSAGE, { waitAlertMinutes: WAIT_ORDER_MESSAGE });
    }
    const before = { displayName: current.displayName, autoAssign: current.autoAssign, waitWarnMinutes: current.waitWarnMinutes, waitAlertMinutes: current.waitAlertMinutes };
    if ((Object.keys(before) as (keyof typeof before)[]).every((k) => before[k] === after[k])) return current;
    await tx.update(channels).set({ ...after, updatedAt: new Date() }).where(eq(channels.id, channelId));
    await recordAudit(tx, {
      actor,
      kind: "channel.updated",
      target: { type: "channel", id: channelId },
      before,
      after,
    });
    // Open inboxes refetch their channel list, so the new name shows without a reload.
    await publishEvents(tx, [{ type: "channels.changed" }]);
    return { ...current, ...after };
  });
}
