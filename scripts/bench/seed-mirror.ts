// Fills an empty, migrated database with a mirror the size of a busy account, in a handful of
// set-based statements: a row-by-row seed of 2,000,000 messages would take longer than the
// benchmark itself. Counters and summaries are derived from the inserted rows, the way the sync
// engine keeps them, so unread counts and list previews are what production would show.
import { sql } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { rowsOf } from "@/lib/db/rows";

export interface SeedSize {
  conversations: number;
  messages: number;
  /** Trial of a per-column statistics target for messages.conversation_id (see docs/benchmarks.md). */
  threadStatistics?: number;
  /** SQL for each message's body (may use `k`, the message's place in its thread, and `p.i`); default: slices of LOREM. */
  body?: string;
  /** Outbound messages were written by the bench agents in the app (sent_by_agent_id): first responses for the reports bench. */
  repliesByAgents?: boolean;
}

export interface SeededMirror {
  seedMs: number;
  vacuumMs: number;
  counts: { conversations: number; messages: number; inbound: number; readMarkers: number; longThreads: number };
  /** Conversations with 1,000+ messages (fewer at reduced sizes). */
  longIds: string[];
  /** Conversations of 2 to 20 messages: one thread page. */
  shortIds: string[];
}

const AGENTS = 5;
const READ_SHARE = 0.3;

// Support-chat-like text; bodies are slices of it, so rows have realistic, varied widths.
const LOREM =
  "Hola, tengo un problema con mi pedido numero 48213, llego incompleto y falta el cargador. " +
  "Hi, thanks for reaching out! Could you send a photo of the package and the order number? " +
  "Bonjour, je voudrais changer l adresse de livraison avant l envoi, est-ce encore possible? ";


/**
 * Who owns what, as in a team's inbox: each role-agent is a member of two channels; 70% of
 * conversations are assigned to a member of their channel; most old ones are resolved; a third
 * carry a label (one label is rare). The counters follow through the trigger, as in production.
 */
async function seedTeams(tx: Pick<Db, "execute">): Promise<void> {
  await tx.execute(
    sql.raw(`
    insert into channel_members (agent_id, channel_id)
    select a.id, ch.id from agents a join channels ch
      on ch.platform_id in ('bench-' || (substr(a.email, 6, 1)::int - 1), 'bench-' || (substr(a.email, 6, 1)::int % 4 + 1))
    where a.email like '%@bench.test' and a.role = 'agent'`),
  );
  // One bulk update in one transaction: the counters' trigger would rewrite the same few
  // conversation_counts rows 200,000 times with no vacuum in between (minutes); they are rebuilt
  // from the rows afterwards instead, as migration 0007 does.
  await tx.execute(sql.raw(`alter table conversations disable trigger conversation_counts_follow`));
  await tx.execute(
    sql.raw(`
    with members as (select channel_id, array_agg(agent_id order by agent_id) as ids from channel_members group by channel_id),
    picked as (select p.id, p.i, random() as rs, random() as ra, m.ids
               from bench_plan p join conversations c on c.id = p.id left join members m on m.channel_id = c.channel_id)
    update conversations c set
      status = case when pk.rs < 0.25 then 'open' when pk.rs < 0.35 then 'pending' when pk.rs < 0.40 then 'snoozed' else 'resolved' end,
      snoozed_until = case when pk.rs >= 0.35 and pk.rs < 0.40 then now() + interval '1 day' end,
      status_changed_at = c.last_message_at,
      assignee_id = case when pk.ra < 0.7 and pk.ids is not null then pk.ids[1 + pk.i % array_length(pk.ids, 1)] end
    from picked pk where c.id = pk.id`),
  );
  await tx.execute(sql.raw(`alter table conversations enable trigger conversation_counts_follow`));
  await tx.execute(sql.raw(`delete from conversation_counts`));
  await tx.execute(
    sql.raw(`
    insert into conversation_counts (channel_id, assignee_key, status, count)
    select channel_id, coalesce(assignee_id, '00000000-0000-0000-0000-000000000000'::uuid), status, count(*)
    from conversations where last_message_at is not null group by 1, 2, 3`),
  );
  await tx.execute(
    sql.raw(`
    insert into labels (name, color) values ('Billing', '#2563eb'), ('Shipping', '#16a34a'), ('Returns', '#f59e0b'),
      ('VIP', '#dc2626'), ('Bug', '#7c3aed'), ('Feedback', '#0891b2'), ('Spanish', '#db2777'), ('Legal', '#111827')`),
  );
  await tx.execute(
    sql.raw(`
    with l as (select array_agg(id order by name) filter (where name <> 'Legal') as common, min(id::text) filter (where name = 'Legal') as rare from labels)
    insert into conversation_labels (conversation_id, label_id)
    select p.id, l.common[1 + p.i % 7] from bench_plan p, l where random() < 0.3
    union
    select p.id, l.common[1 + (p.i / 7) % 7] from bench_plan p, l where random() < 0.1
    union
    select p.id, l.rare::uuid from bench_plan p, l where random() < 0.005`),
  );
}

export async function seedMirror(db: Db, size: SeedSize): Promise<SeededMirror> {
  const n = Math.floor(size.conversations);
  const m = Math.floor(size.messages);
  // 0.2% of conversations are long threads of 1,000 to 2,000 messages (~15% of all messages);
  // the rest follow an exponential law: most are a few messages long.
  const longCount = Math.max(1, Math.round(n * 0.002));
  const longBase = Math.max(2, Math.min(1000, Math.floor((m * 0.1) / longCount)));
  const shortMean = Math.max(1, (m - longCount * longBase * 1.5) / Math.max(1, n - longCount));

  const started = performance.now();
  const samples = await db.transaction(async (tx) => {
    // random() is per session: the transaction keeps every statement on one connection.
    await tx.execute(sql`select setseed(0.42)`);
    await tx.execute(
      sql.raw(`
      create unlogged table bench_plan as
      select i, gen_random_uuid() as id,
        case when rc < 0.45 then 1 when rc < 0.75 then 2 when rc < 0.9 then 3 else 4 end as c,
        case when i <= ${longCount} then ${longBase} + (i * 397) % ${longBase + 1}
             else 1 + round(-ln(1 - rl) * ${shortMean - 1})::int end as n,
        date_trunc('second', now()) - interval '180 days' * ra * ra as last_at,
        interval '1 minute' * (1 + floor(rs * 59)) as step
      from (select i, random() as rc, random() as rl, random() as ra, random() as rs
            from generate_series(1, ${n}) i) r`),
    );
    // Put the exact difference to the requested total on the long threads.
    await tx.execute(
      sql.raw(`
      with t as (select ${m} - sum(n)::bigint as diff from bench_plan)
      update bench_plan p set n = greatest(1, p.n + (t.diff / ${longCount})::int
        + case when p.i = 1 then (t.diff % ${longCount})::int else 0 end)
      from t where p.i <= ${longCount}`),
    );
    await tx.execute(
      sql.raw(`
      insert into channels (platform, platform_id, name, last_synced_at) values
        ('whatsapp', 'bench-1', 'WhatsApp Support', now()), ('telegram', 'bench-2', 'Telegram', now()),
        ('webchat', 'bench-3', 'Web chat', now()), ('whatsapp', 'bench-4', 'WhatsApp Sales', now())`),
    );
    await tx.execute(
      sql.raw(`
      insert into agents (email, name, password_hash, role)
      select 'agent' || j || '@bench.test', 'Agent ' || j, 'x', (case when j = 1 then 'supervisor' else 'agent' end)::agent_role
      from generate_series(1, ${AGENTS}) j`),
    );
    await tx.execute(
      sql.raw(`
      insert into conversations (id, channel_id, destination, status, last_message_at, mirrored_at, created_at)
      select p.id, ch.id, '+3460' || lpad(p.i::text, 7, '0'), 'open', p.last_at, p.last_at, p.last_at - p.step * p.n
      from bench_plan p join channels ch on ch.platform_id = 'bench-' || p.c`),
    );
    // The report aggregates' triggers (migration 0012) would loop over 100,000 conversations
    // here and run 100,000 times in seedTeams: off while seeding, as conversation_counts' is below. They stay
    // empty; the reports bench (scripts/bench/reports.ts) fills them with the rebuild and times it.
    await tx.execute(sql.raw(`alter table messages disable trigger report_messages_inserted`));
    await tx.execute(sql.raw(`alter table conversations disable trigger report_conversations_follow`));
    // Inserted in time order, as a mirror receives them: ids rise with time and a thread's rows
    // are spread over the table, not packed together.
    const sender = size.repliesByAgents ? `case when dir = 'outbound' then ag.ids[1 + s.i % ${AGENTS}] end` : "null";
    await tx.execute(
      sql.raw(`
      insert into messages (conversation_id, provider_message_id, direction, body, provider_status, sent_by_agent_id, sent_at, created_at, updated_at)
      select s.id, pmid, dir, body, case when dir = 'outbound' then 'read' else '' end, ${sender}::uuid, at, at, at from (
        select p.id, p.i, 'bench-' || p.i || '-' || k as pmid,
          case when k = 1 or random() < 0.5 then 'inbound' else 'outbound' end as dir,
          ${size.body ?? `substr('${LOREM}', 1 + (k * 7) % 90, 12 + floor(random() * 150)::int)`} as body,
          p.last_at - p.step * (p.n - k) as at
        from bench_plan p cross join lateral generate_series(1, p.n) k
      ) s cross join (select array_agg(id order by email) as ids from agents where email like '%@bench.test') ag order by at`),
    );
    await tx.execute(
      sql.raw(`
      update conversations c set
        inbound_count = a.inbound, last_inbound_at = a.last_inbound,
        last_message_at = lm.sent_at, last_message_text = lm.body, last_message_direction = lm.direction,
        last_provider_message_id = lm.provider_message_id, last_provider_status = lm.provider_status
      from bench_plan p
      join (select conversation_id, count(*) filter (where direction = 'inbound') as inbound,
                   max(sent_at) filter (where direction = 'inbound') as last_inbound
            from messages group by conversation_id) a on a.conversation_id = p.id
      join messages lm on lm.conversation_id = p.id and lm.provider_message_id = 'bench-' || p.i || '-' || p.n
      where c.id = p.id`),
    );
    await tx.execute(
      sql.raw(`
      update channels ch set inbound_count = s.total
      from (select channel_id, sum(inbound_count) as total from conversations group by channel_id) s
      where s.channel_id = ch.id`),
    );
    await seedTeams(tx);
    await tx.execute(sql.raw(`alter table messages enable trigger report_messages_inserted`));
    await tx.execute(sql.raw(`alter table conversations enable trigger report_conversations_follow`));
    // Most markers are fully read; a fifth are stale, so unread badges are not all zero.
    await tx.execute(
      sql.raw(`
      insert into read_markers (agent_id, conversation_id, channel_id, read_inbound_count, read_at)
      select a.id, c.id, c.channel_id,
        case when random() < 0.8 then c.inbound_count else floor(c.inbound_count * random())::bigint end,
        c.last_message_at
      from agents a cross join conversations c
      where a.email like '%@bench.test' and random() < ${READ_SHARE}`),
    );
    await tx.execute(
      sql.raw(`
      insert into channel_reads (agent_id, channel_id, read_inbound_sum)
      select agent_id, channel_id, sum(read_inbound_count) from read_markers group by agent_id, channel_id`),
    );
    const longIds = rowsOf<{ id: string }>(await tx.execute(sql.raw(`select id from bench_plan where i <= ${longCount} order by i`)));
    const shortIds = rowsOf<{ id: string }>(
      await tx.execute(sql.raw(`select id from bench_plan where i > ${longCount} and n between 2 and 20 order by i limit 500`)),
    );
    await tx.execute(sql.raw(`drop table bench_plan`));
    return { longIds: longIds.map((r) => r.id), shortIds: shortIds.map((r) => r.id) };
  });
  const seedMs = performance.now() - started;

  // A settled database (what autovacuum leaves): visibility map set, the summary update's dead
  // rows gone, fresh statistics for the planner.
  if (size.threadStatistics) {
    await db.execute(sql.raw(`alter table messages alter column conversation_id set statistics ${Math.floor(size.threadStatistics)}`));
  }
  const vacuumStarted = performance.now();
  await db.execute(sql.raw(`vacuum analyze`));
  const vacuumMs = performance.now() - vacuumStarted;

  const [counts] = rowsOf<{ conversations: string; messages: string; inbound: string; channel_inbound: string; read_markers: string }>(
    await db.execute(
      sql.raw(`select (select count(*) from conversations) as conversations, (select count(*) from messages) as messages,
        (select count(*) from messages where direction = 'inbound') as inbound,
        (select sum(inbound_count) from channels) as channel_inbound, (select count(*) from read_markers) as read_markers`),
    ),
  );
  if (Number(counts.inbound) !== Number(counts.channel_inbound)) {
    throw new Error(`seed is inconsistent: ${counts.inbound} inbound messages, channels count ${counts.channel_inbound}`);
  }
  return {
    seedMs,
    vacuumMs,
    counts: {
      conversations: Number(counts.conversations),
      messages: Number(counts.messages),
      inbound: Number(counts.inbound),
      readMarkers: Number(counts.read_markers),
      longThreads: samples.longIds.length,
    },
    ...samples,
  };
}
