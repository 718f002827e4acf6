import { randomUUID } from "node:crypto";

/**
 * The authorisation matrix's table: for each route and method, a request and the status each
 * person must get. Add a row with every new route (the matrix test fails without one).
 */

export const PERSONAS = ["admin", "supervisor", "member", "nonMember", "deactivated", "nobody"] as const;
export type Persona = (typeof PERSONAS)[number];

/** What the test set up: a channel the member agent is in and one it is not, with conversations. */
export interface Fixture {
  channels: { member: string; other: string };
  /** open: unassigned in the member channel; taken: assigned to the supervisor there; elsewhere: in the other channel. */
  conversations: { open: string; taken: string; elsewhere: string };
  messages: { open: string; taken: string };
  /** A stored file's public path (/files/<token>/<name>). */
  filePath: string;
  simulatorChannelId: string;
}

export interface MatrixCase {
  route: string;
  method: string;
  name: string;
  request: (f: Fixture) => { path: string; method: string; body?: unknown; headers?: Record<string, string> };
  expect: Record<Persona, number>;
  /** Sign in anew for this request (it ends the session it is sent with). */
  freshSession?: boolean;
}

/** `ok` for every signed-in active person unless overridden; 401 for a deactivated account and nobody. */
function signedIn(ok: number, over: Partial<Record<Persona, number>> = {}): Record<Persona, number> {
  return { admin: ok, supervisor: ok, member: ok, nonMember: ok, deactivated: 401, nobody: 401, ...over };
}
/** The same answer for everyone: public routes. */
const everyone = (status: number): Record<Persona, number> => ({ admin: status, supervisor: status, member: status, nonMember: status, deactivated: status, nobody: status });
const adminOnly = (ok: number) => signedIn(ok, { supervisor: 403, member: 403, nonMember: 403 });
/** A conversation in the member's channel that is unassigned: every signed-in person but the non-member. */
const inMemberChannel = (ok: number) => signedIn(ok, { nonMember: 403 });
/** Someone else's conversation or another channel: admins and supervisors only. */
const bossesOnly = (ok: number) => signedIn(ok, { member: 403, nonMember: 403 });

const reply = () => ({ idempotencyKey: randomUUID(), text: "matrix reply" });

export const matrixCases: MatrixCase[] = [
  { route: "/api/health", method: "GET", name: "health", request: () => ({ path: "/api/health", method: "GET" }), expect: everyone(200) },
  { route: "/api/metrics", method: "GET", name: "metrics", request: () => ({ path: "/api/metrics", method: "GET" }), expect: adminOnly(200) },
  {
    route: "/api/session",
    method: "POST",
    name: "sign in with a wrong password",
    request: () => ({ path: "/api/session", method: "POST", body: { email: `nobody-${randomUUID()}@matrix.test`, password: "wrong-password" } }),
    expect: everyone(401),
  },
  { route: "/api/session", method: "DELETE", name: "sign out", request: () => ({ path: "/api/session", method: "DELETE" }), expect: signedIn(200), freshSession: true },
  { route: "/api/sessions", method: "DELETE", name: "sign out everywhere", request: () => ({ path: "/api/sessions", method: "DELETE" }), expect: signedIn(200), freshSession: true },
  { route: "/api/events", method: "GET", name: "event stream", request: () => ({ path: "/api/events", method: "GET" }), expect: signedIn(200) },
  { route: "/api/channels", method: "GET", name: "channel list", request: () => ({ path: "/api/channels", method: "GET" }), expect: signedIn(200) },
  {
    route: "/api/channels/[channelId]/conversations",
    method: "GET",
    name: "member channel",
    request: (f) => ({ path: `/api/channels/${f.channels.member}/conversations`, method: "GET" }),
    expect: inMemberChannel(200),
  },
  {
    route: "/api/channels/[channelId]/conversations",
    method: "GET",
    name: "other channel",
    request: (f) => ({ path: `/api/channels/${f.channels.other}/conversations`, method: "GET" }),
    expect: bossesOnly(200),
  },
  {
    route: "/api/conversations/[conversationId]",
    method: "GET",
    name: "unassigned, member channel",
    request: (f) => ({ path: `/api/conversations/${f.conversations.open}`, method: "GET" }),
    expect: inMemberChannel(200),
  },
  {
    route: "/api/conversations/[conversationId]",
    method: "GET",
    name: "someone else's",
    request: (f) => ({ path: `/api/conversations/${f.conversations.taken}`, method: "GET" }),
    expect: bossesOnly(200),
  },
  {
    route: "/api/conversations/[conversationId]",
    method: "GET",
    name: "other channel",
    request: (f) => ({ path: `/api/conversations/${f.conversations.elsewhere}`, method: "GET" }),
    expect: bossesOnly(200),
  },
  {
    route: "/api/conversations/[conversationId]/messages",
    method: "GET",
    name: "thread, member channel",
    request: (f) => ({ path: `/api/conversations/${f.conversations.open}/messages`, method: "GET" }),
    expect: inMemberChannel(200),
  },
  {
    route: "/api/conversations/[conversationId]/messages",
    method: "GET",
    name: "thread, other channel",
    request: (f) => ({ path: `/api/conversations/${f.conversations.elsewhere}/messages`, method: "GET" }),
    expect: bossesOnly(200),
  },
  {
    route: "/api/conversations/[conversationId]/messages",
    method: "POST",
    name: "reply, member channel",
    request: (f) => ({ path: `/api/conversations/${f.conversations.open}/messages`, method: "POST", body: reply() }),
    expect: inMemberChannel(202),
  },
  {
    route: "/api/conversations/[conversationId]/messages",
    method: "POST",
    name: "reply to someone else's",
    request: (f) => ({ path: `/api/conversations/${f.conversations.taken}/messages`, method: "POST", body: reply() }),
    expect: bossesOnly(202),
  },
  {
    route: "/api/conversations/[conversationId]/read",
    method: "POST",
    name: "mark read",
    request: (f) => ({ path: `/api/conversations/${f.conversations.open}/read`, method: "POST", body: {} }),
    expect: inMemberChannel(200),
  },
  {
    route: "/api/conversations/[conversationId]/read",
    method: "POST",
    name: "mark read, other channel",
    request: (f) => ({ path: `/api/conversations/${f.conversations.elsewhere}/read`, method: "POST", body: {} }),
    expect: bossesOnly(200),
  },
  {
    route: "/api/messages/[messageId]/retry",
    method: "POST",
    // An inbound message is no reply to retry: 404 once the policy let the request through.
    name: "retry a customer's message",
    request: (f) => ({ path: `/api/messages/${f.messages.open}/retry`, method: "POST", body: {} }),
    expect: inMemberChannel(404),
  },
  {
    route: "/api/messages/[messageId]/retry",
    method: "POST",
    name: "retry in someone else's conversation",
    request: (f) => ({ path: `/api/messages/${f.messages.taken}/retry`, method: "POST", body: {} }),
    expect: bossesOnly(404),
  },
  {
    route: "/api/files/contact",
    method: "POST",
    name: "contact card",
    request: () => ({ path: "/api/files/contact", method: "POST", body: { name: "Matrix", phone: "+34 600 000 001" } }),
    expect: signedIn(201),
  },
  {
    route: "/api/files",
    method: "POST",
    name: "upload",
    request: () => {
      const boundary = "matrixboundary";
      const body = `--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="note.txt"\r\ncontent-type: text/plain\r\n\r\nhello matrix\r\n--${boundary}--\r\n`;
      return { path: "/api/files", method: "POST", body, headers: { "content-type": `multipart/form-data; boundary=${boundary}` } };
    },
    expect: signedIn(201),
  },
  { route: "/files/[token]/[name]", method: "GET", name: "a stored file", request: (f) => ({ path: f.filePath, method: "GET" }), expect: everyone(200) },
  { route: "/files/[token]/[name]", method: "HEAD", name: "a stored file", request: (f) => ({ path: f.filePath, method: "HEAD" }), expect: everyone(200) },
  // The sandbox plays the customer and the provider: in sandbox mode it answers anyone (404 in live mode).
  { route: "/sandbox/simulator/channels", method: "GET", name: "simulator channels", request: () => ({ path: "/sandbox/simulator/channels", method: "GET" }), expect: everyone(200) },
  {
    route: "/sandbox/simulator/channels/[channelId]/chats",
    method: "GET",
    name: "simulator chats",
    request: (f) => ({ path: `/sandbox/simulator/channels/${f.simulatorChannelId}/chats`, method: "GET" }),
    expect: everyone(200),
  },
  {
    route: "/sandbox/simulator/channels/[channelId]/chats/[destination]",
    method: "GET",
    name: "simulator chat",
    request: (f) => ({ path: `/sandbox/simulator/channels/${f.simulatorChannelId}/chats/matrix-contact`, method: "GET" }),
    expect: everyone(200),
  },
  {
    route: "/sandbox/simulator/channels/[channelId]/chats/[destination]/messages",
    method: "POST",
    name: "a contact writes",
    request: (f) => ({ path: `/sandbox/simulator/channels/${f.simulatorChannelId}/chats/matrix-contact/messages`, method: "POST", body: { text: "hello" } }),
    expect: everyone(201),
  },
  { route: "/sandbox/simulator/faults", method: "GET", name: "faults", request: () => ({ path: "/sandbox/simulator/faults", method: "GET" }), expect: everyone(200) },
  {
    route: "/sandbox/simulator/faults",
    method: "POST",
    name: "queue a bad fault",
    request: () => ({ path: "/sandbox/simulator/faults", method: "POST", body: { kind: "nonsense" } }),
    expect: everyone(422),
  },
  { route: "/sandbox/simulator/faults", method: "DELETE", name: "clear faults", request: () => ({ path: "/sandbox/simulator/faults", method: "DELETE" }), expect: everyone(200) },
  { route: "/sandbox/api/http", method: "GET", name: "provider stand-in", request: () => ({ path: "/sandbox/api/http", method: "GET" }), expect: everyone(200) },
  { route: "/sandbox/api/http", method: "POST", name: "provider stand-in", request: () => ({ path: "/sandbox/api/http", method: "POST", body: {} }), expect: everyone(200) },
  { route: "/sandbox/api/basic", method: "POST", name: "provider stand-in", request: () => ({ path: "/sandbox/api/basic", method: "POST", body: {} }), expect: everyone(200) },
];
