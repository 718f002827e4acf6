import path from "node:path";
import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { hashPassword } from "@/lib/auth/password";
import { startApp, type RunningApp } from "../support/app-server";
import { matrixCases, PERSONAS, type Fixture, type MatrixCase, type Persona } from "../support/authorization-cases";
import { createTestDatabase } from "../support/postgres";
import { listRouteFiles } from "../support/route-files";
import { signIn } from "../support/session";

/**
 * Every route, every method, as each kind of person: an admin, a supervisor, an agent who is a
 * member of the channel, an agent who is not, a deactivated account and nobody. Each answer's
 * status is pinned in tests/support/authorization-cases.ts; a route file missing from that table
 * fails the first test, so a new route cannot skip the matrix. On PostgreSQL so the test can set
 * up memberships and assignments in the database the app runs on.
 */

const root = path.resolve(__dirname, "../..");
const PASSWORD = "matrix-password-1";

let app: RunningApp;
let database: { url: string; drop: () => Promise<void> };
let sql: postgres.Sql;
let fixture: Fixture;
const cookies = new Map<Persona, string>();

const DEMO: Partial<Record<Persona, [string, string]>> = {
  admin: ["admin@switchboard.test", "switchboard-admin"],
  supervisor: ["supervisor@switchboard.test", "switchboard-supervisor"],
  member: ["agent@switchboard.test", "switchboard-agent"],
  nonMember: ["outsider@matrix.test", PASSWORD],
  deactivated: ["gone@matrix.test", PASSWORD],
};

/** A new session for a persona (routes that sign out use their own), "" for nobody. */
async function sessionFor(persona: Persona): Promise<string> {
  if (persona === "nobody") return "";
  if (persona === "deactivated") return cookies.get("deactivated")!;
  const [email, password] = DEMO[persona]!;
  return signIn(app.url, email, password);
}

async function setUp(): Promise<Fixture> {
  const hash = await hashPassword(PASSWORD);
  await sql`insert into agents (email, name, password_hash, role) values ('outsider@matrix.test', 'Outsider', ${hash}, 'agent'), ('gone@matrix.test', 'Gone', ${hash}, 'admin')`;
  // The sync mirrors the sandbox's channels and chats; the demo agent joins all but Telegram Bot.
  const channels = await vi.waitFor(
    async () => {
      const rows = await sql<{ id: string; platform: string; n: number }[]>`select c.id, c.platform, (select count(*)::int from conversations v where v.channel_id = c.id and v.last_message_at is not null) as n from channels c`;
      // Every seeded chat mirrored: WhatsApp has 3, Telegram 2.
      if (rows.find((r) => r.platform === "whatsapp")?.n !== 3 || rows.find((r) => r.platform === "telegram")?.n !== 2) throw new Error("not mirrored yet");
      return rows;
    },
    { timeout: 30_000, interval: 250 },
  );
  const member = channels.find((c) => c.platform === "whatsapp")!.id;
  const other = channels.find((c) => c.platform === "telegram")!.id;
  const [agent] = await sql<{ id: string }[]>`select id from agents where email = 'agent@switchboard.test'`;
  const memberships = await sql<{ channel_id: string }[]>`select channel_id from channel_members where agent_id = ${agent.id}`;
  expect(memberships.map((m) => m.channel_id)).toContain(member);
  expect(memberships.map((m) => m.channel_id)).not.toContain(other);
  const pick = async (channelId: string, n: number) =>
    (await sql<{ id: string }[]>`select id from conversations where channel_id = ${channelId} and last_message_at is not null order by id limit ${n}`).map((r) => r.id);
  const [open, taken] = await pick(member, 2);
  const [elsewhere] = await pick(other, 1);
  expect(taken).toBeDefined();
  const [supervisor] = await sql<{ id: string }[]>`select id from agents where email = 'supervisor@switchboard.test'`;
  await sql`update conversations set assignee_id = ${supervisor.id} where id = ${taken}`;
  const messageOf = async (conversationId: string) => (await sql<{ id: string }[]>`select id from messages where conversation_id = ${conversationId} order by id limit 1`)[0].id;

  for (const persona of ["admin", "supervisor", "member", "nonMember", "deactivated"] as const) cookies.set(persona, await sessionFor(persona));
  await sql`update agents set active = false where email = 'gone@matrix.test'`;
  const upload = await fetch(`${app.url}/api/files/contact`, {
    method: "POST",
    headers: { cookie: cookies.get("admin")!, origin: app.url, "content-type": "application/json" },
    body: JSON.stringify({ name: "Matrix", phone: "+34 600 000 000" }),
  });
  expect(upload.status).toBe(201);
  const { file } = (await upload.json()) as { file: { url: string } };
  const simulator = (await (await fetch(`${app.url}/sandbox/simulator/channels`)).json()) as { channels: { id: number; platformId: string }[] };
  const [outsider] = await sql<{ id: string }[]>`select id from agents where email = 'outsider@matrix.test'`;
  const [label] = await sql<{ id: string }[]>`insert into labels (name, color) values ('Matrix', '#ef4444') returning id`;
  const [canned] = await sql<{ id: string }[]>`insert into canned_replies (shortcut, body) values ('matrix', 'Hello') returning id`;
  return {
    channels: { member, other },
    conversations: { open, taken, elsewhere },
    messages: { open: await messageOf(open), taken: await messageOf(taken) },
    filePath: new URL(file.url).pathname,
    simulatorChannelId: String(simulator.channels[0].id),
    agentId: outsider.id,
    supervisorId: supervisor.id,
    labelId: label.id,
    cannedReplyId: canned.id,
  };
}

async function send(c: MatrixCase, persona: Persona): Promise<number> {
  const cookie = c.freshSession ? await sessionFor(persona) : (cookies.get(persona) ?? "");
  const { path: url, method, body, headers } = c.request(fixture);
  const abort = new AbortController();
  const res = await fetch(`${app.url}${url}`, {
    method,
    signal: abort.signal,
    redirect: "manual",
    headers: { origin: app.url, ...(body !== undefined ? { "content-type": "application/json" } : {}), ...(cookie ? { cookie } : {}), ...headers },
    body: body === undefined ? undefined : typeof body === "string" ? body : JSON.stringify(body),
  });
  // An event stream never ends: its status is all this test needs.
  if (res.headers.get("content-type")?.startsWith("text/event-stream")) abort.abort();
  else await res.arrayBuffer();
  return res.status;
}

beforeAll(async () => {
  database = await createTestDatabase();
  app = await startApp(3460, { DATABASE_URL: database.url });
  sql = postgres(database.url, { max: 2, onnotice: () => {} });
  fixture = await setUp();
}, 180_000);
afterAll(async () => {
  await app?.stop();
  await sql?.end();
  await database?.drop();
});

describe("the authorisation matrix", () => {
  it("covers every route file and method", () => {
    const declared = new Set(matrixCases.map((c) => `${c.method} ${c.route}`));
    const missing = listRouteFiles(root).flatMap((r) => r.methods.filter((m) => !declared.has(`${m} ${r.pattern}`)).map((m) => `${m} ${r.pattern}`));
    expect(missing, "routes without a row in tests/support/authorization-cases.ts").toEqual([]);
  });

  it("answers each person as the policy says", { timeout: 300_000 }, async () => {
    const wrong: string[] = [];
    // Signing out everywhere ends the sessions the other rows use: those rows go last.
    const ordered = [...matrixCases.filter((c) => !c.freshSession), ...matrixCases.filter((c) => c.freshSession)];
    for (const c of ordered) {
      for (const persona of PERSONAS) {
        const status = await send(c, persona);
        if (status !== c.expect[persona]) wrong.push(`${c.method} ${c.route} (${c.name}) as ${persona}: ${status}, expected ${c.expect[persona]}`);
      }
    }
    for (const persona of ["admin", "supervisor", "member", "nonMember"] as const) cookies.set(persona, await sessionFor(persona));
    expect(wrong).toEqual([]);
  });

  it("gives a refusal a code in JSON", async () => {
    const res = await fetch(`${app.url}/api/conversations/${fixture.conversations.elsewhere}`, { headers: { cookie: cookies.get("member")! } });
    expect(res.status).toBe(403);
    expect(await res.json()).toEqual({ error: { code: "forbidden_channel", message: "You do not have access to this channel." } });
    const taken = await fetch(`${app.url}/api/conversations/${fixture.conversations.taken}/messages`, { headers: { cookie: cookies.get("member")! } });
    expect((await taken.json()).error.code).toBe("forbidden_conversation");
  });

  it("keeps a refused agent's list to what it may see", async () => {
    const res = await fetch(`${app.url}/api/channels`, { headers: { cookie: cookies.get("member")! } });
    const { channels } = (await res.json()) as { channels: { id: string }[] };
    expect(channels.map((c) => c.id)).toContain(fixture.channels.member);
    expect(channels.map((c) => c.id)).not.toContain(fixture.channels.other);
    const list = await fetch(`${app.url}/api/channels/${fixture.channels.member}/conversations`, { headers: { cookie: cookies.get("member")! } });
    const ids = ((await list.json()) as { conversations: { id: string }[] }).conversations.map((c) => c.id);
    expect(ids).toContain(fixture.conversations.open);
    expect(ids).not.toContain(fixture.conversations.taken);
  });
});
