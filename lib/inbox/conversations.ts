import "server-only";
import { and, desc, eq, sql, type SQL } from "drizzle-orm";
import type { DbExecutor } from "@/lib/db/client";
import { preparedPer } from "@/lib/db/prepared";
import { agents, channelReads, channels, contacts, conversations, labels, readMarkers } from "@/lib/db/schema";
import { can, decideAssigneeFilter } from "@/lib/auth/policy";
import { enforce } from "@/lib/auth/route-rules";
import { invalidInput, notFound } from "@/lib/errors";
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
  /**
   * Filtered by a label (its id a placeholder too): "rare" reads the label's conversations and
   * sorts them, "common" reads the list in order and checks each row (see labelPlan).
   */
  label: "none" | "rare" | "common";
  /** Only one agent's conversations (its id a placeholder): read by conversations_assignee_status_idx. */
  assignee: boolean;
  after: boolean;
}

const shapeKey = (s: Shape) =>
  [s.inChannel ? "ch" : "any", s.ownOnly ? "own" : "every", s.view, s.unread ? "unread" : "", s.label === "none" ? "" : `label-${s.label}`, s.assignee ? "assignee" : "", s.after ? "after" : "first"].join("_");

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
  if (s.assignee) where.push(sql`${conversations.assigneeId} = ${ph("assigneeId")}::uuid`);
  // A probe of the agent's marker per row, in list order: a join here lets the planner read every
  // marker of the agent and sort (see docs/benchmarks.md, "Views").
  if (s.unread) {
    where.push(sql`${conversations.inboundCount} > coalesce((select r.read_inbound_count from read_markers r
      where r.agent_id = ${ph("agentId")}::uuid and r.conversation_id = ${conversations.id}), 0)`);
  }
  // The label's size chose the shape (labelPlan). Rare: its conversations, as one array computed
  // once, fetched by primary key (at most RARE_LABEL_LIMIT rows) and sorted. Common: the list in
  // order, one index probe per row, stopping at a page.
  if (s.label === "rare") {
    where.push(sql`${conversations.id} = any(array(select cl.conversation_id from conversation_labels cl where cl.label_id = ${ph("labelId")}::uuid))`);
  } else if (s.label === "common") {
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

/** At most this many conversations, a label is read from its own rows; above it, from the list. */
export const RARE_LABEL_LIMIT = 1_000;

// Counting stops at the limit: an index-only range of at most RARE_LABEL_LIMIT entries.
const labelSize = preparedPer((db) =>
  db
    .select({ size: sql<number>`(select count(*) from (select 1 from conversation_labels cl where cl.label_id = ${labels.id} limit ${ph("cap")}::int) s)::int` })
    .from(labels)
    .where(eq(labels.id, ph("labelId")))
    .limit(1)
    .prepare("label_size"),
);

/**
 * How a label's list is read, or null when the label does not exist. The app decides, not the
 * planner: a prepared statement gets one generic plan after five runs, chosen without the label,
 * and a rare label read the list's way took 25–185 ms where its own rows take 5–15 ms; planning
 * every call with its values instead cost 10–20 ms of planning on PGlite (docs/benchmarks.md,
 * "The rare label, explained"). One bounded count picks between two shapes that each have one
 * right plan.
 */
async function labelPlan(db: DbExecutor, labelId: string, rareLimit: number): Promise<Shape["label"] | null> {
  const [row] = await labelSize(db).execute({ labelId, cap: rareLimit + 1 });
  if (!row) return null;
  return row.size > rareLimit ? "common" : "rare";
}

const agentName = preparedPer((db) =>
  db.select({ id: agents.id, name: agents.name }).from(agents).where(eq(agents.id, ph("agentId"))).limit(1).prepare("list_assignee_name"),
);

/**
 * The agent a list is filtered by, with its name for the list's "Assigned to" line: the policy
 * first (403 for an agent asking about someone else), then 422 for an id that names nobody (the
 * line would have no name to show, and an empty list would hide the mistake).
 */
async function filteredAssignee(ctx: Pick<InboxContext, "db" | "agent">, assigneeId: string) {
  enforce(decideAssigneeFilter(ctx.agent, assigneeId));
  const [row] = await agentName(ctx.db).execute({ agentId: assigneeId });
  if (!row) throw invalidInput("No agent has this id.", { assignee: "No agent has this id." });
  return row;
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
  /** Tests lower it to read a small label the common way: both ways must list the same. */
  rareLabelLimit = RARE_LABEL_LIMIT,
): Promise<ConversationsResponse> {
  const assignee = filters.assigneeId === null ? undefined : await filteredAssignee(ctx, filters.assigneeId);
  const label = filters.labelId === null ? "none" : await labelPlan(ctx.db, filters.labelId, rareLabelLimit);
  // The channel is read beside the page (one round trip, not two); its 404 wins over the rows.
  const channelRead = channelId === null ? Promise.resolve(null) : getChannel(ctx, channelId);
  channelRead.catch(() => {});
  // A label that does not exist lists nothing.
  if (label === null) return { channel: (await channelRead)?.view ?? null, conversations: [], nextCursor: null, ...(assignee && { assignee }) };
  const cursor = decodeCursor(rawCursor, conversationCursor);
  const shape: Shape = {
    inChannel: channelId !== null,
    ownOnly: !can.role(ctx.agent, "conversations.all"),
    view: filters.view,
    unread: filters.unread,
    label,
    assignee: assignee !== undefined,
    after: cursor !== null,
  };
  const [channel, rows] = await Promise.all([channelRead, pageQuery(ctx.db, shape).execute({
    agentId: ctx.agent.id,
    status: filters.status,
    ...(filters.labelId !== null && { labelId: filters.labelId }),
    ...(assignee && { assigneeId: assignee.id }),
    ...(channelId !== null && { channelId }),
    ...(cursor && { at: cursor.at.toISOString(), id: cursor.id }),
  })]);
  const page = rows.slice(0, CONVERSATIONS_PAGE_SIZE);
  const last = page.at(-1)?.conversation;
  return {
    channel: channel?.view ?? null,
    conversations: page.map((r) => toConversationView(r.conversation, Number(r.readInboundCount), r)),
    nextCursor: rows.length > CONVERSATIONS_PAGE_SIZE && last?.lastMessageAt ? encodeCursor(last.lastMessageAt, last.id) : null,
    ...(assignee && { assignee }),
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
