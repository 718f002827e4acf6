import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { eq } from "drizzle-orm";
import { agents, channelMembers, channels, contacts, conversationLabels, conversations, labels } from "@/lib/db/schema";
import type { SessionAgent } from "@/lib/auth/session";
import { countConversations } from "./conversation-counts";
import { DEFAULT_FILTERS, type ConversationFilters } from "./conversation-filters";
import { getConversation, listConversations } from "./conversations";
import { markConversationRead } from "./read-markers";
import { inboxFixture } from "./test-fixtures";

let f: Awaited<ReturnType<typeof inboxFixture>>;
let cy: SessionAgent;
let sales: typeof channels.$inferSelect;
const base = Date.UTC(2026, 0, 1);
const at = (i: number) => new Date(base + i * 60_000);

beforeEach(async () => {
  f = await inboxFixture();
  const [row] = await f.db.insert(agents).values({ email: "cy@test", name: "Cy", passwordHash: "x", role: "agent" }).returning();
  cy = { id: row.id, email: row.email, name: row.name, role: "agent", channelIds: [f.channel.id] };
  await f.db.insert(channelMembers).values({ agentId: cy.id, channelId: f.channel.id });
  // A channel Ana (role agent) is not a member of.
  [sales] = await f.db.insert(channels).values({ platform: "telegram", platformId: "200", name: "Sales" }).returning();
});
afterEach(async () => f.close());

async function add(destination: string, i: number, set: Partial<typeof conversations.$inferInsert> = {}, inbound = 1) {
  const c = await f.addConversation(destination, at(i), inbound);
  if (Object.keys(set).length) await f.db.update(conversations).set(set).where(eq(conversations.id, c.id));
  return c;
}

/** Every conversation of a list, following cursors to the end. */
async function all(agent: SessionAgent, channelId: string | null, filters: Partial<ConversationFilters> = {}, rareLabelLimit?: number) {
  const seen: string[] = [];
  let cursor: string | null = null;
  do {
    const page = await listConversations({ db: f.db, agent }, channelId, cursor, { ...DEFAULT_FILTERS, ...filters }, rareLabelLimit);
    seen.push(...page.conversations.map((c) => c.destination));
    cursor = page.nextCursor;
  } while (cursor);
  return seen;
}

describe("conversation views", () => {
  beforeEach(async () => {
    await add("ana-open", 1, { assigneeId: f.ana.id });
    await add("ana-pending", 2, { assigneeId: f.ana.id, status: "pending" });
    await add("free-open", 3);
    await add("cy-open", 4, { assigneeId: cy.id });
    await add("sales-free", 5, { channelId: sales.id });
    await add("sales-ana", 6, { channelId: sales.id, assigneeId: f.ana.id });
  });

  it("Mine, Unassigned and All in a channel, by status", async () => {
    expect(await all(f.ana, f.channel.id, { view: "mine" })).toEqual(["ana-open"]);
    expect(await all(f.ana, f.channel.id, { view: "mine", status: "pending" })).toEqual(["ana-pending"]);
    expect(await all(f.ana, f.channel.id, { view: "unassigned" })).toEqual(["free-open"]);
    expect(await all(f.bo, f.channel.id, { view: "all" })).toEqual(["cy-open", "free-open", "ana-open"]);
    expect(await all(f.bo, f.channel.id, { view: "mine" })).toEqual([]);
  });

  it("a role agent never sees another agent's conversations or a channel it is not in, in any view", async () => {
    for (const view of ["mine", "unassigned", "all"] as const) {
      for (const status of ["open", "pending", "snoozed", "resolved"] as const) {
        const seen = [...(await all(f.ana, f.channel.id, { view, status })), ...(await all(f.ana, null, { view, status }))];
        expect(seen.filter((d) => d.startsWith("cy-") || d.startsWith("sales-"))).toEqual([]);
      }
    }
    expect(await all(f.ana, null, { view: "all" })).toEqual(["free-open", "ana-open"]);
    expect(await all(cy, null, { view: "all" })).toEqual(["cy-open", "free-open"]);
  });

  it("All channels lists every channel for a supervisor", async () => {
    expect(await all(f.bo, null)).toEqual(["sales-ana", "sales-free", "cy-open", "free-open", "ana-open"]);
    expect(await all(f.bo, null, { view: "unassigned" })).toEqual(["sales-free", "free-open"]);
  });

  it("the assignee filter lists one agent's conversations, names the agent, and is a supervisor's to use on others", async () => {
    expect(await all(f.bo, null, { assigneeId: f.ana.id })).toEqual(["sales-ana", "ana-open"]);
    expect(await all(f.bo, f.channel.id, { assigneeId: f.ana.id, status: "pending" })).toEqual(["ana-pending"]);
    const page = await listConversations({ db: f.db, agent: f.bo }, null, null, { ...DEFAULT_FILTERS, assigneeId: cy.id });
    expect(page.assignee).toEqual({ id: cy.id, name: "Cy" });
    // Its own, for a role agent, is the Mine view; anyone else's is refused.
    expect(await all(f.ana, null, { assigneeId: f.ana.id })).toEqual(["ana-open"]);
    await expect(all(f.ana, null, { assigneeId: cy.id })).rejects.toMatchObject({ status: 403, code: "forbidden_role" });
    await expect(all(f.bo, null, { assigneeId: "00000000-0000-4000-8000-000000000000" })).rejects.toMatchObject({ status: 422, fields: { assignee: "No agent has this id." } });
  });

  it("Unread only drops what the agent has read, for that agent only", async () => {
    const [free] = await f.db.select().from(conversations).where(eq(conversations.destination, "free-open"));
    await markConversationRead({ db: f.db, agent: f.ana }, free.id);
    expect(await all(f.ana, f.channel.id, { unread: true })).toEqual(["ana-open"]);
    expect(await all(f.bo, f.channel.id, { unread: true })).toEqual(["cy-open", "free-open", "ana-open"]);
  });

  it("the label filter keeps conversations with that label", async () => {
    const [vip, late] = await f.db.insert(labels).values([{ name: "VIP", color: "#ff0000" }, { name: "Late", color: "#00ff00" }]).returning();
    const rows = await f.db.select().from(conversations);
    const id = (d: string) => rows.find((r) => r.destination === d)!.id;
    await f.db.insert(conversationLabels).values([
      { conversationId: id("free-open"), labelId: vip.id },
      { conversationId: id("sales-ana"), labelId: vip.id },
      { conversationId: id("free-open"), labelId: late.id },
    ]);
    expect(await all(f.bo, null, { labelId: vip.id })).toEqual(["sales-ana", "free-open"]);
    expect(await all(f.ana, null, { labelId: vip.id })).toEqual(["free-open"]);
    // Read the common way (the list in order, a probe per row), a label lists the same.
    expect(await all(f.bo, null, { labelId: vip.id }, 1)).toEqual(["sales-ana", "free-open"]);
    expect(await all(f.ana, null, { labelId: vip.id }, 1)).toEqual(["free-open"]);
    expect(await all(f.bo, f.channel.id, { labelId: late.id, view: "all" }, 0)).toEqual(["free-open"]);
    // A label that does not exist (deleted meanwhile) lists nothing.
    expect(await all(f.bo, null, { labelId: "00000000-0000-4000-8000-000000000000" })).toEqual([]);
    const page = await listConversations({ db: f.db, agent: f.bo }, f.channel.id, null, { ...DEFAULT_FILTERS, labelId: late.id });
    expect(page.conversations[0].labels).toEqual([
      { id: late.id, name: "Late", color: "#00ff00" },
      { id: vip.id, name: "VIP", color: "#ff0000" },
    ]);
  });

  it("rows carry the assignee's and the contact's names, in lists and in getConversation", async () => {
    const [contact] = await f.db.insert(contacts).values({ platform: "whatsapp", destination: "ana-open", name: "María <b>" }).returning();
    const [row] = await f.db.update(conversations).set({ contactId: contact.id }).where(eq(conversations.destination, "ana-open")).returning();
    const [listed] = (await listConversations({ db: f.db, agent: f.bo }, f.channel.id, null, { ...DEFAULT_FILTERS, view: "all" })).conversations.filter(
      (c) => c.id === row.id,
    );
    expect(listed).toMatchObject({ assignee: { id: f.ana.id, name: "Ana" }, contactName: "María <b>", labels: [] });
    const { view } = await getConversation({ db: f.db, agent: f.bo }, row.id);
    expect(view).toMatchObject({ assignee: { id: f.ana.id, name: "Ana" }, contactName: "María <b>" });
    const free = (await all(f.bo, f.channel.id, { view: "unassigned" }))[0];
    expect(free).toBe("free-open");
  });
});

describe("keyset pagination of filtered views", () => {
  it("pages Mine across channels without gaps or repeats, ties broken by id", async () => {
    for (let i = 0; i < 130; i++) {
      // Every fifth is someone else's: the filter must not make pages skip or repeat rows.
      await add(`c${i}`, i % 4, { assigneeId: i % 5 === 0 ? cy.id : f.ana.id, ...(i % 2 === 0 && { channelId: sales.id }) });
    }
    const seen = await all(f.bo, null, { view: "all" });
    expect(seen).toHaveLength(130);
    const mine = await all({ ...f.ana, role: "supervisor" }, null, { view: "mine" });
    expect(mine).toHaveLength(104);
    expect(new Set(mine).size).toBe(104);
  });
});

describe("view counts (conversation_counts, kept by the trigger)", () => {
  async function real(agent: SessionAgent, channelId: string | null, status: string) {
    const rows = (await f.db.select().from(conversations)).filter(
      (c) => c.lastMessageAt && c.status === status && (channelId === null || c.channelId === channelId),
    );
    const visible = agent.role === "agent" ? rows.filter((c) => agent.channelIds.includes(c.channelId) && (c.assigneeId === null || c.assigneeId === agent.id)) : rows;
    return {
      mine: visible.filter((c) => c.assigneeId === agent.id).length,
      unassigned: visible.filter((c) => c.assigneeId === null).length,
      all: visible.length,
    };
  }

  it("equal a real count after assignments, status changes, moves and deletes, and match the lists", async () => {
    const made = [];
    for (let i = 0; i < 12; i++) made.push(await add(`n${i}`, i, i % 3 === 0 ? { channelId: sales.id } : {}));
    // An empty conversation (no message yet) is not listed, so not counted.
    await f.db.insert(conversations).values({ channelId: f.channel.id, destination: "empty" });
    const steps: Partial<typeof conversations.$inferInsert>[] = [
      { assigneeId: f.ana.id },
      { assigneeId: cy.id },
      { status: "pending" },
      { status: "resolved", assigneeId: f.ana.id },
      { assigneeId: null },
      { channelId: sales.id },
    ];
    for (const [i, set] of steps.entries()) {
      await f.db.update(conversations).set(set).where(eq(conversations.id, made[i].id));
      await f.db.update(conversations).set(set).where(eq(conversations.id, made[i + 6].id));
    }
    await f.db.delete(conversations).where(eq(conversations.id, made[11].id));
    for (const agent of [f.ana, f.bo, cy]) {
      for (const channelId of [f.channel.id, sales.id, null]) {
        if (channelId && !(agent.role !== "agent" || agent.channelIds.includes(channelId))) continue;
        for (const status of ["open", "pending", "snoozed", "resolved"] as const) {
          const counts = await countConversations({ db: f.db, agent }, channelId, status);
          expect(counts, `${agent.name} ${channelId} ${status}`).toEqual(await real(agent, channelId, status));
          if (status === "snoozed") continue;
          expect(counts.mine).toBe((await all(agent, channelId, { view: "mine", status })).length);
          expect(counts.unassigned).toBe((await all(agent, channelId, { view: "unassigned", status })).length);
          expect(counts.all).toBe((await all(agent, channelId, { view: "all", status })).length);
        }
      }
    }
  });
});
