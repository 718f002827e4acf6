import "server-only";
import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import type { DbExecutor } from "@/lib/db/client";
import { preparedPer } from "@/lib/db/prepared";
import { agents, channelReads, channels, contacts, conversations, labels, readMarkers } from "@/lib/db/schema";
import { can } from "@/lib/auth/policy";
import { notFound } from "@/lib/errors";
import { getChannel, toChannelView } from "./channels";
import type { InboxContext } from "./context";
import { DEFAULT_FILTERS, type ConversationFilters } from "./conversation-filters";
import { assigneeJoin, contactJoin, extraFields, toConversationView } from "./conversation-view";
import { conversationCursor, decodeCursor, encodeCursor } from "./cursor";
import { CONVERSATIONS_PAGE_SIZE, type ConversationsResponse } from "./types";

export { toConversationView } from "./conversation-view";

const readCount = sql<number>`coalesce(${readMarkers.readInboundCount}, 0)::float8`;

/** What decides a list query's SQL text; the values (agent, channel, status, label, cursor) are placeholders. */
interface Shape {
  inChannel: boolean;
  /** Role agent: only its member channels, and there its own and unassigned conversations. */
  ownOnly: boolean;
  view: ConversationFilters["view"];
  unread: boolean;
  /** Filtered by a label (its id a placeholder too). */
  label: boolean;
  after: boolean;
}

const shapeKey = (s: Shape) =>
  [s.inChannel ? "ch" : "any", s.ownOnly ? "own" : "every", s.view, s.unread ? "unread" : "", s.label ? "label" : "", s.after ? "after" : "first"].join("_");

const ph = (name: string) => sql.placeholder(name);

function conditions(s: Shape): SQL[] {
  const where: SQL[] = [sql`${conversations.lastMessageAt} is not null`, eq(conversations.status, ph("status"))];
  if (s.inChannel) where.push(eq(conversations.channelId, ph("channelId")));
  // The policy (lib/auth/policy.ts canSeeChannel) for the database: an agent's channels are its memberships.
  // As an array, not `in (select …)`: a semi-join would start from the channels and sort all
  // their conversations; the list wants the activity index read in order (docs/benchmarks.md, "Views").
  else if (s.ownOnly) where.push(sql`${conversations.channelId} = any(array(select channel_id from channel_members where agent_id = ${ph("agentId")}::uuid))`);
  if (s.view === "mine") where.push(sql`${conversations.assigneeId} = ${ph("agentId")}::uuid`);
  else if (s.view === "unassigned") where.push(sql`${conversations.assigneeId} is null`);
  // decideConversation: an agent sees its own and the unassigned conversations only.
  else if (s.ownOnly) where.push(sql`(${conversations.assigneeId} is null or ${conversations.assigneeId} = ${ph("agentId")}::uuid)`);
  // A probe of the agent's marker per row, in list order: a join here lets the planner read every
  // marker of the agent and sort (see docs/benchmarks.md, "Views").
  if (s.unread) {
    where.push(sql`${conversations.inboundCount} > coalesce((select r.read_inbound_count from read_markers r
      where r.agent_id = ${ph("agentId")}::uuid and r.conversation_id = ${conversations.id}), 0)`);
  }
  // Planned for each call (see runPage): how rare the label is decides the plan.
  if (s.label) {
    where.push(sql`exists (select 1 from conversation_labels cl where cl.conversation_id = ${conversations.id} and cl.label_id = ${ph("labelId")}::uuid)`);
  }
  // Row comparison in the indexes' order (last_message_at desc, id desc): one index range.
  if (s.after) where.push(sql`(${conversations.lastMessageAt}, ${conversations.id}) < (${ph("at")}::timestamptz, ${ph("id")}::uuid)`);
  return where;
}

function buildPage(db: DbExecutor, s: Shape) {
  return db
    .select({ conversation: conversations, readInboundCount: readCount, ...extraFields })
    .from(conversations)
    .leftJoin(readMarkers, and(eq(readMarkers.conversationId, conversations.id), eq(readMarkers.agentId, ph("agentId"))))
    .leftJoin(agents, assigneeJoin)
    .leftJoin(contacts, contactJoin)
    .where(and(...conditions(s)))
    .orderBy(desc(conversations.lastMessageAt), desc(conversations.id))
    .limit(CONVERSATIONS_PAGE_SIZE + 1)
    .prepare(`conversations_${shapeKey(s)}`);
}

// A few dozen shapes at most, each built once per database (see preparedPer): the list is the
// inbox's hottest read.
const pages = new Map<string, (db: DbExecutor) => ReturnType<typeof buildPage>>();
function pageQuery(db: DbExecutor, s: Shape) {
  const key = shapeKey(s);
  let per = pages.get(key);
  if (!per) pages.set(key, (per = preparedPer((d) => buildPage(d, s))));
  return per(db);
}

const labelById = preparedPer((db) =>
  db.select({ id: labels.id }).from(labels).where(eq(labels.id, ph("labelId"))).limit(1).prepare("label_exists"),
);
async function labelExists(db: DbExecutor, labelId: string): Promise<boolean> {
  const [row] = await labelById(db).execute({ labelId });
  return row !== undefined;
}

type PageValues = Record<string, string>;

/**
 * A label's rarity decides the plan: read the label's rows (a rare one) or the list in order (a
 * common one). PostgreSQL gives a prepared statement one generic plan after five runs, chosen
 * without the values, and the inbox's statements run thousands of times: a rare label in one
 * channel took 25–150 ms that way against 5–10 ms planned with its values (docs/benchmarks.md,
 * "Views"). So a label query is planned with its values every time, in its own transaction.
 */
async function runPage(db: DbExecutor, shape: Shape, values: PageValues) {
  if (!shape.label) return pageQuery(db, shape).execute(values);
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local plan_cache_mode = force_custom_plan`);
    return pageQuery(tx, shape).execute(values);
  });
}

/**
 * One page of conversations from the mirror, newest activity first: in one channel, or (channelId
 * null) across every channel the agent may see, narrowed by the view's filters.
 */
export async function listConversations(
  ctx: Pick<InboxContext, "db" | "agent">,
  channelId: string | null,
  rawCursor: string | null,
  filters: ConversationFilters = DEFAULT_FILTERS,
): Promise<ConversationsResponse> {
  const channel = channelId === null ? null : await getChannel(ctx, channelId);
  // A label that does not exist lists nothing.
  if (filters.labelId !== null && !(await labelExists(ctx.db, filters.labelId))) {
    return { channel: channel?.view ?? null, conversations: [], nextCursor: null };
  }
  const cursor = decodeCursor(rawCursor, conversationCursor);
  const shape: Shape = {
    inChannel: channelId !== null,
    ownOnly: !can.role(ctx.agent, "conversations.all"),
    view: filters.view,
    unread: filters.unread,
    label: filters.labelId !== null,
    after: cursor !== null,
  };
  const rows = await runPage(ctx.db, shape, {
    agentId: ctx.agent.id,
    status: filters.status,
    ...(filters.labelId !== null && { labelId: filters.labelId }),
    ...(channelId !== null && { channelId }),
    ...(cursor && { at: cursor.at.toISOString(), id: cursor.id }),
  });
  const page = rows.slice(0, CONVERSATIONS_PAGE_SIZE);
  const last = page.at(-1)?.conversation;
  return {
    channel: channel?.view ?? null,
    conversations: page.map((r) => toConversationView(r.conversation, Number(r.readInboundCount), r)),
    nextCursor: rows.length > CONVERSATIONS_PAGE_SIZE && last?.lastMessageAt ? encodeCursor(last.lastMessageAt, last.id) : null,
  };
}

const oneConversation = preparedPer((db) =>
  db
    .select({
      conversation: conversations,
      readInboundCount: readCount,
      channel: channels,
      readInboundSum: sql<number>`coalesce(${channelReads.readInboundSum}, 0)::float8`,
      ...extraFields,
    })
    .from(conversations)
    .innerJoin(channels, eq(channels.id, conversations.channelId))
    .leftJoin(readMarkers, and(eq(readMarkers.conversationId, conversations.id), eq(readMarkers.agentId, ph("agentId"))))
    .leftJoin(channelReads, and(eq(channelReads.channelId, channels.id), eq(channelReads.agentId, ph("agentId"))))
    .leftJoin(agents, assigneeJoin)
    .leftJoin(contacts, contactJoin)
    .where(eq(conversations.id, ph("conversationId")))
    .limit(1)
    .prepare("one_conversation"),
);

/**
 * A conversation with the agent's read count, and its channel with the agent's read sum: one
 * query, not two (every thread page asks for it; on PGlite each query is CPU on this thread).
 */
export async function getConversation(ctx: Pick<InboxContext, "db" | "agent">, conversationId: string) {
  const [row] = await oneConversation(ctx.db).execute({ agentId: ctx.agent.id, conversationId });
  if (!row) throw notFound("This conversation");
  return {
    row: row.conversation,
    view: toConversationView(row.conversation, Number(row.readInboundCount), row),
    channel: { row: row.channel, view: toChannelView(row.channel, Number(row.readInboundSum)) },
  };
}
