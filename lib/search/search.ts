import "server-only";
import { and, desc, eq, gt, gte, inArray, isNull, lt, ne, or, sql, type SQL } from "drizzle-orm";
import type { Actor } from "@/lib/auth/policy";
import type { Db, DbExecutor } from "@/lib/db/client";
import { channels, contactDigits, contacts, contactSearchText, conversations, messages, searchVector } from "@/lib/db/schema";
import { rowsOf } from "@/lib/db/rows";
import { snippetOf } from "./highlight";
import { phoneDigits, searchTerms, tsqueryOf, type SearchTerm } from "./terms";
import type { SearchQuery } from "./query";
import type { ContactHit, ConversationHit, SearchResponse } from "./types";

/** Newest matching messages read per search; grouped into at most CONVERSATIONS_SHOWN conversations. */
const MESSAGE_WINDOW = 30;
const CONVERSATIONS_SHOWN = 20;
const CONTACTS_SHOWN = 8;
/** More words than this add nothing to a search but work. */
const MAX_TERMS = 10;

/**
 * The query's words as the index holds them (the same parser and folding, so "Mérida," gives
 * "merida"), in the order typed. Punctuation alone gives none.
 */
async function termsOf(db: DbExecutor, text: string): Promise<SearchTerm[]> {
  const rows = await db.execute(
    sql`select lexeme, positions[cardinality(positions)] as last
      from unnest(to_tsvector('switchboard_search'::regconfig, ${text})) order by positions[1] limit ${MAX_TERMS}`,
  );
  return searchTerms(rowsOf<{ lexeme: string; last: number }>(rows));
}

/** lib/auth/policy for SQL: an agent sees its member channels, and there its own and unassigned conversations. */
function visibleConversations(actor: Actor): SQL | undefined {
  if (actor.role !== "agent") return undefined;
  if (actor.channelIds.length === 0) return sql`false`;
  return and(
    inArray(conversations.channelId, [...actor.channelIds]),
    or(isNull(conversations.assigneeId), eq(conversations.assigneeId, actor.id)),
  );
}

function conversationFilters(query: SearchQuery, actor: Actor): SQL[] {
  const where: SQL[] = [];
  if (query.channel) where.push(eq(conversations.channelId, query.channel));
  if (query.status) where.push(eq(conversations.status, query.status));
  if (query.assignee === "none") where.push(isNull(conversations.assigneeId));
  else if (query.assignee === "me") where.push(eq(conversations.assigneeId, actor.id));
  else if (query.assignee) where.push(eq(conversations.assigneeId, query.assignee));
  if (query.label) {
    where.push(sql`exists (select 1 from conversation_labels cl where cl.conversation_id = ${conversations.id} and cl.label_id = ${query.label})`);
  }
  return where;
}

function messageFilters(query: SearchQuery): SQL[] {
  const where: SQL[] = [];
  if (query.from) where.push(gte(messages.sentAt, query.from));
  if (query.to) where.push(lt(messages.sentAt, query.to));
  if (query.direction === "in") where.push(eq(messages.direction, "inbound"), ne(messages.kind, "note"));
  else if (query.direction === "out") where.push(eq(messages.direction, "outbound"), ne(messages.kind, "note"));
  else if (query.direction === "notes") where.push(eq(messages.kind, "note"));
  return where;
}

/**
 * How far back each try looks, in messages: the newest first. Ordering all of a word's matches
 * by recency is what costs (a common word is in half the messages); the index of the word and
 * the primary key's range read together (a BitmapAnd) find the newest few thousand cheaply; a
 * rarer word, too scarce in them, is looked for further back (`nextWindow` says how far).
 */
const RECENT_WINDOWS = [5_000, 50_000, 500_000];

/** A word expected in at most this many messages in all is read whole from its index. */
const WHOLE_READ_LIMIT = 1_500;

/** The share of a page's worth of matches a window is sized for: room for an agent's narrower view. */
const ROOM = 2;

/** The smallest window expected to hold `needed` messages, or null: read the whole index. */
const windowFor = (needed: number, after = 0) => RECENT_WINDOWS.find((w) => w > after && w >= needed) ?? null;

/**
 * The first try's window, from the planner's estimate of the query's matches in `total` messages.
 * Every try reads the words' whole index entries again (a two-word search's took 25–60 ms at 2
 * million messages; the primary key's range only spares the table reads), so the first window is
 * sized to be the last: a common word stays in the newest 5,000, a scarcer pair of words looks as
 * far back as a full page needs. A word the statistics do not list is estimated at 0.5 %.
 */
export function firstWindow(estimate: number, total: number): number | null {
  if (!(estimate > 0)) return RECENT_WINDOWS[0];
  const needed = (total * MESSAGE_WINDOW * ROOM) / estimate;
  return needed >= total ? null : windowFor(needed);
}

/**
 * The next try after `found` matches among the newest `size` of `total` messages: a query scarce
 * enough to read all its messages goes there at once (one absent from the window does); a
 * commoner one looks back as far as it needs to expect a full page, with room to spare.
 */
export function nextWindow(size: number, found: number, total: number): number | null {
  if ((found / size) * total <= WHOLE_READ_LIMIT) return null;
  return windowFor((size * MESSAGE_WINDOW * ROOM) / found, size);
}

/** The planner's estimate of how many messages match `tsquery` (planning only: nothing is read). */
async function estimatedMatches(db: DbExecutor, tsquery: string): Promise<number> {
  const rows = rowsOf<Record<string, string>>(
    await db.execute(sql`explain select 1 from ${messages} where ${searchVector(messages.body)} @@ ${tsquery}::tsquery`),
  );
  return Number(/rows=(\d+)/.exec(Object.values(rows[0] ?? {})[0] ?? "")?.[1] ?? Number.NaN);
}

/**
 * The newest matching messages, grouped by conversation (newest first). Ordered by id, which
 * rises as the mirror stores messages.
 */
async function matchingConversations(db: DbExecutor, actor: Actor, query: SearchQuery, tsquery: string, terms: SearchTerm[]) {
  const page = (after: number | null, first: boolean) =>
    db
      .select({
        id: messages.id,
        body: messages.body,
        direction: messages.direction,
        kind: messages.kind,
        at: messages.sentAt,
        conversationId: conversations.id,
        channelId: conversations.channelId,
        destination: conversations.destination,
        status: conversations.status,
        channelName: sql<string>`coalesce(${channels.displayName}, ${channels.name})`,
        platform: channels.platform,
        contactName: contacts.name,
      })
      .from(messages)
      .innerJoin(conversations, eq(conversations.id, messages.conversationId))
      .innerJoin(channels, eq(channels.id, conversations.channelId))
      .leftJoin(contacts, eq(contacts.id, conversations.contactId))
      .where(
        and(
          sql`${searchVector(messages.body)} @@ ${tsquery}::tsquery`,
          after === null ? undefined : gt(messages.id, after),
          visibleConversations(actor),
          ...conversationFilters(query, actor),
          ...messageFilters(query),
        ),
      )
      // Beyond the newest 5,000 the query is scarce (estimated, or found so): ordering by an
      // expression keeps the planner off a backward read of the primary key that would compute the
      // vector for every message (it cannot tell a rare word from one it has no statistics for).
      .orderBy(first ? desc(messages.id) : sql`${messages.id} + 0 desc`)
      .limit(MESSAGE_WINDOW);
  const [{ newest }] = await db.select({ newest: sql<number | null>`max(${messages.id})` }).from(messages);
  let rows: Awaited<ReturnType<typeof page>> = [];
  let size = firstWindow(await estimatedMatches(db, tsquery), Number(newest ?? 0));
  for (;;) {
    const after = size === null || newest === null ? null : Number(newest) - size;
    const common = size === RECENT_WINDOWS[0];
    // A common word is read newest first along the primary key, its few matches computed on the
    // way: the word's index entry is hundreds of thousands of messages long (67 ms to read for a
    // prefix), which the planner chose for an agent's narrower view.
    if (common) await db.execute(sql`set local enable_bitmapscan = off`);
    rows = await page(after !== null && after > 0 ? after : null, common);
    if (common) await db.execute(sql`set local enable_bitmapscan = on`);
    if (rows.length === MESSAGE_WINDOW || after === null || after <= 0 || size === null) break;
    size = nextWindow(size, rows.length, Number(newest));
  }
  const hits = new Map<string, ConversationHit>();
  for (const r of rows) {
    const seen = hits.get(r.conversationId);
    if (seen) {
      seen.moreMatches += 1;
      continue;
    }
    if (hits.size === CONVERSATIONS_SHOWN) continue;
    const { snippet, highlights } = snippetOf(r.body, terms);
    hits.set(r.conversationId, {
      conversationId: r.conversationId,
      channelId: r.channelId,
      channelName: r.channelName,
      platform: r.platform,
      destination: r.destination,
      contactName: r.contactName,
      status: r.status,
      message: { id: r.id, snippet, highlights, direction: r.direction, kind: r.kind, at: r.at.toISOString() },
      moreMatches: 0,
    });
  }
  return [...hits.values()];
}

/** Contacts by name, email, destination or phone digits, each with its newest conversation the agent may see. */
async function matchingContacts(db: DbExecutor, actor: Actor, query: SearchQuery, tsquery: string | null, digits: string | null) {
  const match = or(
    tsquery ? sql`${searchVector(contactSearchText(contacts))} @@ ${tsquery}::tsquery` : undefined,
    digits ? sql`${contactDigits(contacts)} like ${`%${digits}%`}` : undefined,
  );
  const rows = await db.execute(sql`
    select ${contacts.id} as id, ${contacts.name} as name, ${contacts.email} as email, ${contacts.phone} as phone,
      ${contacts.destination} as destination, ${contacts.platform} as platform, v.id as "conversationId", v.channel_id as "channelId"
    from ${contacts}
    cross join lateral (
      select ${conversations.id}, ${conversations.channelId} from ${conversations}
      where ${and(eq(conversations.contactId, contacts.id), visibleConversations(actor), ...conversationFilters(query, actor))}
      order by ${conversations.lastMessageAt} desc nulls last limit 1
    ) v
    where ${match}
    order by ${contacts.updatedAt} desc
    limit ${CONTACTS_SHOWN}`);
  return rowsOf<ContactHit>(rows);
}

/**
 * Messages, notes and contacts matching `query` that `actor` may see. Notes are the team's: every
 * agent who may see the conversation finds them (customers never reach this).
 */
export async function searchInbox(db: Db, actor: Actor, query: SearchQuery): Promise<SearchResponse> {
  const terms = await termsOf(db, query.q);
  const digits = phoneDigits(query.q);
  const words = terms.map((t) => t.word);
  if (terms.length === 0 && digits === null) return { terms: words, conversations: [], contacts: [] };
  const tsquery = terms.length > 0 ? tsqueryOf(terms) : null;
  // Contacts have no message date or direction: a search narrowed by those finds messages only.
  const contactsToo = !query.from && !query.to && !query.direction;
  // Planned with the words' own frequencies every time: a generic plan (what PostgreSQL picks for
  // a statement run often) cannot tell a rare word from a common one.
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local plan_cache_mode = force_custom_plan`);
    // A search reads a few hundred rows at most: starting parallel workers costs more than that
    // (50 ms of a 66 ms common-word search on a busy PostgreSQL).
    await tx.execute(sql`set local max_parallel_workers_per_gather = 0`);
    // Nor compiling it: PostgreSQL's JIT took 23 ms of a 127 ms search whose estimate looked big.
    await tx.execute(sql`set local jit = off`);
    // A word missing from the statistics is estimated at 10,000 matches: the planner then hashed
    // all 100,000 conversations (85 ms) to join 35 messages. Matches are joined by key instead.
    await tx.execute(sql`set local enable_hashjoin = off`);
    await tx.execute(sql`set local enable_mergejoin = off`);
    const found = tsquery ? await matchingConversations(tx, actor, query, tsquery, terms) : [];
    const people = contactsToo ? await matchingContacts(tx, actor, query, tsquery, digits) : [];
    return { terms: words, conversations: found, contacts: people };
  });
}
