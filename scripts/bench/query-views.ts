// The view tabs' lists and counts for bench:queries: Mine / Unassigned / All by status, unread
// only, a label, one channel or all channels, first and later pages; seeded by seed-mirror's
// seedTeams. Agents are the seed's: one supervisor (sees everything) and role agents (two channels each).
import { asc } from "drizzle-orm";
import type { SessionAgent } from "@/lib/auth/session";
import type { Db } from "@/lib/db/client";
import { labels } from "@/lib/db/schema";
import { countConversations } from "@/lib/inbox/conversation-counts";
import { DEFAULT_FILTERS, type ConversationFilters } from "@/lib/inbox/conversation-filters";
import { listConversations } from "@/lib/inbox/conversations";

const LATER_PAGE = 6;

interface ViewSpec {
  name: string;
  /** One of the agent's channels, or all channels (null). */
  inChannel: boolean;
  filters: (labels: { common: string; rare: string }) => Partial<ConversationFilters>;
  /** Page LATER_PAGE (through its cursor) instead of the first. */
  later?: boolean;
}

const SPECS: ViewSpec[] = [
  { name: "Mine, open, one channel", inChannel: true, filters: () => ({ view: "mine" }) },
  { name: "Unassigned, open, one channel", inChannel: true, filters: () => ({ view: "unassigned" }) },
  { name: "All, open, one channel", inChannel: true, filters: () => ({ view: "all" }) },
  { name: `All, resolved, one channel, page ${LATER_PAGE}`, inChannel: true, filters: () => ({ status: "resolved" }), later: true },
  { name: "Mine, pending, all channels", inChannel: false, filters: () => ({ view: "mine", status: "pending" }) },
  { name: "Unassigned, open, all channels", inChannel: false, filters: () => ({ view: "unassigned" }) },
  { name: "All, open, all channels", inChannel: false, filters: () => ({}) },
  { name: `All, open, all channels, page ${LATER_PAGE}`, inChannel: false, filters: () => ({}), later: true },
  { name: "unread only, All, open, one channel", inChannel: true, filters: () => ({ unread: true }) },
  { name: "unread only, Mine, open, all channels", inChannel: false, filters: () => ({ view: "mine", unread: true }) },
  { name: "label (~5%), All, open, all channels", inChannel: false, filters: (l) => ({ labelId: l.common }) },
  { name: "rare label (0.5%), All, resolved, one channel", inChannel: true, filters: (l) => ({ labelId: l.rare, status: "resolved" }) },
];

type Target = { agent: SessionAgent; channelId: string | null; cursor: string | null };
type ViewFixture = { spec: ViewSpec; filters: ConversationFilters; targets: Target[] };

export async function viewFixtures(db: Db, people: SessionAgent[], channelIds: string[]) {
  const rows = await db.select().from(labels).orderBy(asc(labels.name));
  const ids = { common: rows.find((l) => l.name === "Billing")!.id, rare: rows.find((l) => l.name === "Legal")!.id };
  const visible = (a: SessionAgent): string[] => (a.role === "agent" ? [...a.channelIds] : channelIds);
  const views: ViewFixture[] = [];
  for (const spec of SPECS) {
    const filters = { ...DEFAULT_FILTERS, ...spec.filters(ids) };
    const targets: Target[] = [];
    for (const agent of people) {
      for (const channelId of spec.inChannel ? visible(agent) : [null]) {
        let cursor: string | null = null;
        // The cursor of page LATER_PAGE, reached the way a scrolling client does.
        for (let page = 1; spec.later && page < LATER_PAGE; page++) {
          const next: string | null = (await listConversations({ db, agent }, channelId, cursor, filters)).nextCursor;
          if (!next) break;
          cursor = next;
        }
        targets.push({ agent, channelId, cursor });
      }
    }
    views.push({ spec, filters, targets });
  }
  return { db, people, channelIds, views, visible };
}

type Views = Awaited<ReturnType<typeof viewFixtures>>;

export function viewCases(v: Views, pick: <T>(list: T[]) => T) {
  const statuses = ["open", "pending", "resolved"] as const;
  return [
    ...v.views.map(({ spec, filters, targets }) => ({
      name: `listConversations view: ${spec.name}`,
      prepare: () => {
        const t = pick(targets);
        return () => listConversations({ db: v.db, agent: t.agent }, t.channelId, t.cursor, filters);
      },
    })),
    {
      name: "countConversations (tab counts), one channel",
      prepare: () => {
        const agent = pick(v.people);
        const channelId = pick(v.visible(agent));
        const status = pick([...statuses]);
        return () => countConversations({ db: v.db, agent }, channelId, status);
      },
    },
    {
      name: "countConversations (tab counts), all channels",
      prepare: () => {
        const agent = pick(v.people);
        const status = pick([...statuses]);
        return () => countConversations({ db: v.db, agent }, null, status);
      },
    },
  ];
}

/** EXPLAIN targets: a role agent's views (the policy's filters) and the supervisor's widest. */
export function viewPlans(v: Views): [string, (db: Db) => Promise<unknown>, RegExp][] {
  const agent = v.people.find((p) => p.role === "agent")!;
  const supervisor = v.people.find((p) => p.role === "supervisor")!;
  const plan = (spec: string, who: SessionAgent): [string, (db: Db) => Promise<unknown>, RegExp] => {
    const view = v.views.find((x) => x.spec.name === spec)!;
    const t = view.targets.find((x) => x.agent.id === who.id)!;
    return [`view ${spec} (${who.role})`, (db) => listConversations({ db, agent: who }, t.channelId, t.cursor, view.filters), /from "conversations"/];
  };
  return [
    plan("Mine, open, one channel", agent),
    plan("All, open, one channel", agent),
    plan("Unassigned, open, all channels", agent),
    plan("All, open, all channels", agent),
    plan("All, open, all channels", supervisor),
    plan(`All, open, all channels, page ${LATER_PAGE}`, supervisor),
    plan("unread only, Mine, open, all channels", agent),
    plan("label (~5%), All, open, all channels", supervisor),
    plan("rare label (0.5%), All, resolved, one channel", supervisor),
    ["counts, all channels (agent)", (db) => countConversations({ db, agent }, null, "open"), /from "conversation_counts"/],
  ];
}
