import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agents, channels, contacts, conversations, messages } from "@/lib/db/schema";
import { inboxFixture } from "@/lib/inbox/test-fixtures";
import { searchQuerySchema, type SearchQuery } from "./query";
import { firstWindow, nextWindow, searchInbox } from "./search";

let f: Awaited<ReturnType<typeof inboxFixture>>;
let ids: Record<string, number>;
let other: { id: string };
let elsewhere: { id: string };
let taken: { id: string };
let cyId: string;

/** A message in `conversationId` (inbound unless told), its id kept under `name`. */
async function say(name: string, conversationId: string, body: string, extra: Partial<typeof messages.$inferInsert> = {}) {
  const [row] = await f.db
    .insert(messages)
    .values({ conversationId, providerMessageId: name, direction: "inbound", body, sentAt: new Date("2026-03-01T10:00:00Z"), ...extra })
    .returning({ id: messages.id });
  ids[name] = row.id;
}

const q = (text: string, extra: Partial<Record<string, string>> = {}): SearchQuery => searchQuerySchema.parse({ q: text, ...extra });
const messageIdsOf = (r: Awaited<ReturnType<typeof searchInbox>>) => r.conversations.map((c) => c.message.id);

beforeAll(async () => {
  f = await inboxFixture();
  ids = {};
  const [cy] = await f.db.insert(agents).values({ email: "cy@test", name: "Cy", passwordHash: "x", role: "agent" }).returning();
  [other] = await f.db.insert(channels).values({ platform: "telegram", platformId: "200", name: "Other" }).returning();
  const mine = await f.addConversation("+34 600 111 222", new Date("2026-03-01T10:00:00Z"), 0);
  const fr = await f.addConversation("+33 6 11 22 33 44", new Date("2026-03-02T10:00:00Z"), 0);
  [elsewhere] = await f.db.insert(conversations).values({ channelId: other.id, destination: "secret-user" }).returning();
  cyId = cy.id;
  [taken] = await f.db.insert(conversations).values({ channelId: f.channel.id, destination: "+34 699", assigneeId: cy.id }).returning();
  const [contact] = await f.db
    .insert(contacts)
    .values({ platform: "whatsapp", destination: "+34 600 111 222", name: "Ramón Pérez", email: "ramon@example.com", phone: "+34 600 111 222" })
    .returning();
  await f.db.update(conversations).set({ contactId: contact.id }).where(eqId(mine.id));
  await say("damaged", mine.id, "El paquete llegó dañado en Mérida");
  await say("cafe", mine.id, "Un Café con leche, por favor", { sentAt: new Date("2026-01-15T10:00:00Z") });
  await say("order", mine.id, "¿Dónde está mi pedido 48213?");
  await say("reply", mine.id, "We will send a refund today", { direction: "outbound" });
  await say("note", mine.id, "Cliente VIP: ofrecer reembolso", { direction: "outbound", kind: "note" });
  await say("french", fr.id, "Je voudrais changer l’adresse de livraison, c’est très urgent");
  await say("secret", elsewhere.id, "Secret paquete in another channel");
  await say("theirs", taken.id, "Paquete of a conversation assigned to Cy");
});
afterAll(async () => f.close());

const eqId = (id: string) => eq(conversations.id, id);

describe("searchInbox matching", () => {
  it("ignores accents and case: 'danado merida' finds 'dañado en Mérida', with both words highlighted", async () => {
    const result = await searchInbox(f.db, f.bo, q("danado merida"));
    expect(messageIdsOf(result)).toEqual([ids.damaged]);
    const { snippet, highlights } = result.conversations[0].message;
    expect(highlights.map(([s, e]) => snippet.slice(s, e))).toEqual(["dañado", "Mérida"]);
    expect(result.conversations[0].contactName).toBe("Ramón Pérez");
  });

  it("'cafe' finds 'Café' and 'CAFÉ' does too", async () => {
    expect(messageIdsOf(await searchInbox(f.db, f.bo, q("cafe")))).toEqual([ids.cafe]);
    expect(messageIdsOf(await searchInbox(f.db, f.bo, q("CAFÉ")))).toEqual([ids.cafe]);
  });

  it("matches word prefixes: 'pedi' finds 'pedido', but not inside words", async () => {
    expect(messageIdsOf(await searchInbox(f.db, f.bo, q("pedi")))).toEqual([ids.order]);
    expect(messageIdsOf(await searchInbox(f.db, f.bo, q("edido")))).toEqual([]);
  });

  it("takes only the last word typed as a prefix: the words before it match whole", async () => {
    expect(messageIdsOf(await searchInbox(f.db, f.bo, q("48213 pedi")))).toEqual([ids.order]);
    expect(messageIdsOf(await searchInbox(f.db, f.bo, q("pedi 48213")))).toEqual([]);
    expect(messageIdsOf(await searchInbox(f.db, f.bo, q("pedido 48213")))).toEqual([ids.order]);
  });

  it("finds French, Spanish and English words, apostrophes and numbers included", async () => {
    expect(messageIdsOf(await searchInbox(f.db, f.bo, q("adresse livraison")))).toEqual([ids.french]);
    expect(messageIdsOf(await searchInbox(f.db, f.bo, q("tres urgent")))).toEqual([ids.french]);
    expect(messageIdsOf(await searchInbox(f.db, f.bo, q("refund")))).toEqual([ids.reply]);
    expect(messageIdsOf(await searchInbox(f.db, f.bo, q("48213")))).toEqual([ids.order]);
  });

  it("finds contacts by name without accents, email and phone with or without spaces and +", async () => {
    for (const text of ["ramon", "Pérez", "ramon@example.com", "600111222", "+34600111222", "+34 600 111 222", "111 222"]) {
      const result = await searchInbox(f.db, f.bo, q(text));
      expect(result.contacts.map((c) => c.name), text).toEqual(["Ramón Pérez"]);
    }
    expect((await searchInbox(f.db, f.bo, q("699 111"))).contacts).toEqual([]);
  });
});

describe("searchInbox access", () => {
  it("never shows an agent another channel's messages, nor a conversation assigned to someone else", async () => {
    const asAgent = messageIdsOf(await searchInbox(f.db, f.ana, q("paquete")));
    expect(asAgent).toEqual([ids.damaged]);
    const asSupervisor = messageIdsOf(await searchInbox(f.db, f.bo, q("paquete")));
    expect(asSupervisor.sort()).toEqual([ids.damaged, ids.secret, ids.theirs].sort());
    expect(messageIdsOf(await searchInbox(f.db, f.ana, q("paquete", { channel: other.id })))).toEqual([]);
  });

  it("finds notes for the team, and narrows by direction", async () => {
    expect(messageIdsOf(await searchInbox(f.db, f.ana, q("reembolso")))).toEqual([ids.note]);
    expect(messageIdsOf(await searchInbox(f.db, f.ana, q("reembolso", { direction: "notes" })))).toEqual([ids.note]);
    expect(messageIdsOf(await searchInbox(f.db, f.ana, q("reembolso", { direction: "out" })))).toEqual([]);
    expect(messageIdsOf(await searchInbox(f.db, f.ana, q("refund", { direction: "in" })))).toEqual([]);
  });

  it("narrows by assignee: unassigned, the searcher's own ('me') or a named agent's", async () => {
    const cy = { id: cyId, role: "agent" as const, channelIds: [f.channel.id] };
    expect(messageIdsOf(await searchInbox(f.db, f.bo, q("paquete", { assignee: "none" }))).sort()).toEqual([ids.damaged, ids.secret].sort());
    expect(messageIdsOf(await searchInbox(f.db, cy, q("paquete", { assignee: "me" })))).toEqual([ids.theirs]);
    expect(messageIdsOf(await searchInbox(f.db, f.bo, q("paquete", { assignee: "me" })))).toEqual([]);
    expect(messageIdsOf(await searchInbox(f.db, f.bo, q("paquete", { assignee: cyId })))).toEqual([ids.theirs]);
  });

  it("narrows by date range and status", async () => {
    expect(messageIdsOf(await searchInbox(f.db, f.bo, q("cafe", { from: "2026-02-01" })))).toEqual([]);
    expect(messageIdsOf(await searchInbox(f.db, f.bo, q("cafe", { to: "2026-01-15" })))).toEqual([ids.cafe]);
    expect(messageIdsOf(await searchInbox(f.db, f.bo, q("cafe", { status: "resolved" })))).toEqual([]);
  });
});

describe("searchInbox bad input", () => {
  it("treats punctuation, SQL and regex or tsquery syntax as plain text", async () => {
    for (const text of ["?!…", "'; drop table messages; --", ".*", "& | ! ( ) :* <->", "\\'", "%_"]) {
      const result = await searchInbox(f.db, f.bo, q(text));
      expect(result.conversations, text).toEqual([]);
    }
    expect((await searchInbox(f.db, f.bo, q("?!…"))).terms).toEqual([]);
    // The words in the middle of SQL still count as words: "drop" matches nothing here.
    expect((await searchInbox(f.db, f.bo, q("'; drop table messages; --"))).terms).toEqual(["drop", "table", "messages"]);
  });

  it("refuses an empty or a 2,000-character search with a message to show", () => {
    const long = searchQuerySchema.safeParse({ q: "x".repeat(2000) });
    expect(long.error?.issues[0].message).toBe("Search for at most 200 characters.");
    expect(searchQuerySchema.safeParse({ q: "   " }).error?.issues[0].message).toBe("Type something to search for.");
    expect(searchQuerySchema.safeParse({ q: "x".repeat(200) }).success).toBe(true);
  });
});

describe("how far back the first try looks (firstWindow)", () => {
  it("keeps a common word in the newest 5,000 messages", () => {
    expect(firstWindow(1_300_000, 2_000_000)).toBe(5_000);
    expect(firstWindow(30_000, 2_000_000)).toBe(5_000); // a page in ~2,000
  });

  it("sizes a scarcer query's window to hold two pages' worth, so that one try is enough", () => {
    expect(firstWindow(7_000, 2_000_000)).toBe(50_000); // two words: a page in ~8,600
    expect(firstWindow(10_000, 2_000_000)).toBe(50_000); // a word the statistics do not list
    expect(firstWindow(500, 2_000_000)).toBe(500_000);
  });

  it("reads the whole index when no window would do, and falls back to 5,000 without an estimate", () => {
    expect(firstWindow(100, 2_000_000)).toBeNull();
    expect(firstWindow(50, 20_000)).toBeNull(); // a small inbox
    expect(firstWindow(Number.NaN, 2_000_000)).toBe(5_000);
    expect(firstWindow(0, 2_000_000)).toBe(5_000);
  });
});

describe("how far back the next try looks (nextWindow)", () => {
  it("reads a query absent from its window, or expected in few messages in all, from its whole index at once", () => {
    expect(nextWindow(5_000, 0, 2_000_000)).toBeNull();
    expect(nextWindow(50_000, 30, 2_000_000)).toBeNull(); // ~1,200 expected in all
    expect(nextWindow(5_000, 20, 20_000)).toBeNull(); // a small inbox: 80 expected
  });

  it("looks back as far as a full page needs, with room to spare, for a commoner one", () => {
    expect(nextWindow(5_000, 20, 2_000_000)).toBe(50_000); // needs ~15,000
    expect(nextWindow(5_000, 10, 2_000_000)).toBe(50_000); // ~4,000 in all: needs ~30,000
    expect(nextWindow(5_000, 29, 2_000_000)).toBe(50_000);
    expect(nextWindow(50_000, 29, 20_000_000)).toBe(500_000); // needs ~103,000 (~11,600 in all)
    expect(nextWindow(500_000, 29, 20_000_000)).toBeNull(); // nothing further but everything
  });
});
