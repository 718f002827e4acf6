import { randomBytes, randomUUID } from "node:crypto";

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
  /** The non-member agent (what admins edit), a label and a canned reply made for the test. */
  agentId: string;
  /** Who owns conversations.taken. */
  supervisorId: string;
  labelId: string;
  cannedReplyId: string;
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
/**
 * A supervisor views conversations that are not theirs silently until they "Join" (issue 10):
 * writing is refused (403 join_first) and marking read is ignored (204). The join rows come last.
 */
const silent = { supervisor: 403 };
/** Someone else's conversation or another channel: admins and supervisors only. */
const bossesOnly = (ok: number) => signedIn(ok, { member: 403, nonMember: 403 });

const reply = () => ({ idempotencyKey: randomUUID(), text: "matrix reply" });
const unique = () => randomUUID().slice(0, 8);
/** A browser's subscription to a push service nobody listens at (port 9: refused at once). */
const pushSubscription = () => ({
  endpoint: `http://127.0.0.1:9/push/${randomUUID()}`,
  keys: { p256dh: randomBytes(65).toString("base64url"), auth: randomBytes(16).toString("base64url") },
});
/** A conversation-level route on the three kinds of conversation. */
function onConversations(
  route: string,
  method: string,
  suffix: string,
  ok: number,
  body?: (f: Fixture, which: keyof Fixture["conversations"]) => unknown,
  over: { open?: Partial<Record<Persona, number>>; taken?: Partial<Record<Persona, number>>; elsewhere?: Partial<Record<Persona, number>> } = {},
): MatrixCase[] {
  const at = (f: Fixture, which: keyof Fixture["conversations"]) => ({ path: `/api/conversations/${f.conversations[which]}${suffix}`, method, body: body?.(f, which) });
  return [
    { route, method, name: "unassigned, member channel", request: (f) => at(f, "open"), expect: { ...inMemberChannel(ok), ...over.open } },
    { route, method, name: "someone else's", request: (f) => at(f, "taken"), expect: { ...bossesOnly(ok), ...over.taken } },
    { route, method, name: "other channel", request: (f) => at(f, "elsewhere"), expect: { ...bossesOnly(ok), ...over.elsewhere } },
  ];
}

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
  // Every signed-in agent searches; what each finds is limited by the query (tests/integration/search.test.ts).
  { route: "/api/monitor", method: "GET", name: "wallboard", request: () => ({ path: "/api/monitor", method: "GET" }), expect: bossesOnly(200) },
  { route: "/api/search", method: "GET", name: "search", request: () => ({ path: "/api/search?q=matrix", method: "GET" }), expect: signedIn(200) },
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
    expect: { ...inMemberChannel(202), ...silent },
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
    expect: { ...inMemberChannel(200), supervisor: 204 },
  },
  {
    route: "/api/conversations/[conversationId]/read",
    method: "POST",
    name: "mark read, other channel",
    request: (f) => ({ path: `/api/conversations/${f.conversations.elsewhere}/read`, method: "POST", body: {} }),
    expect: { ...bossesOnly(200), supervisor: 204 },
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
  // Generated long histories: sandbox only, and a write heavy enough to be an admin's alone.
  {
    route: "/sandbox/simulator/channels/[channelId]/history",
    method: "POST",
    name: "bulk history",
    request: (f) => ({
      path: `/sandbox/simulator/channels/${f.simulatorChannelId}/history`,
      method: "POST",
      body: { destination: `matrix-bulk-${unique()}`, chats: 1, messagesPerChat: 2, from: "operator" },
    }),
    expect: adminOnly(201),
  },
  { route: "/sandbox/simulator/faults", method: "DELETE", name: "clear faults", request: () => ({ path: "/sandbox/simulator/faults", method: "DELETE" }), expect: everyone(200) },
  { route: "/sandbox/api/http", method: "GET", name: "provider stand-in", request: () => ({ path: "/sandbox/api/http", method: "GET" }), expect: everyone(200) },
  { route: "/sandbox/api/http", method: "POST", name: "provider stand-in", request: () => ({ path: "/sandbox/api/http", method: "POST", body: {} }), expect: everyone(200) },
  { route: "/sandbox/api/basic", method: "POST", name: "provider stand-in", request: () => ({ path: "/sandbox/api/basic", method: "POST", body: {} }), expect: everyone(200) },

  // Views and counts: every signed-in person gets what the policy lets it see (the lists' contents are tested elsewhere).
  { route: "/api/conversations", method: "GET", name: "all channels", request: () => ({ path: "/api/conversations?view=all&status=open", method: "GET" }), expect: signedIn(200) },
  { route: "/api/conversation-counts", method: "GET", name: "counts", request: () => ({ path: "/api/conversation-counts?status=open", method: "GET" }), expect: signedIn(200) },
  // Working a conversation.
  ...onConversations("/api/conversations/[conversationId]/assignees", "GET", "/assignees", 200),
  // No change of hands (the rows after this need "taken" to stay the supervisor's): the unassigned
  // stay unassigned, "taken" goes to its owner again. An agent may only give back its own.
  ...onConversations(
    "/api/conversations/[conversationId]/assignee",
    "PUT",
    "/assignee",
    200,
    (f, which) => ({ assigneeId: which === "taken" ? f.supervisorId : null }),
    { open: { member: 403 } },
  ),
  ...onConversations("/api/conversations/[conversationId]/status", "PUT", "/status", 200, () => ({ status: "open" })),
  ...onConversations("/api/conversations/[conversationId]/notes", "POST", "/notes", 201, () => ({ text: "matrix note" }), { open: silent, elsewhere: silent }),
  ...onConversations("/api/conversations/[conversationId]/labels", "GET", "/labels", 200),
  ...onConversations("/api/conversations/[conversationId]/labels", "PUT", "/labels", 200, () => ({ labelIds: [] })),
  ...onConversations("/api/conversations/[conversationId]/contact", "GET", "/contact", 200),
  ...onConversations("/api/conversations/[conversationId]/contact", "PATCH", "/contact", 200, () => ({ notes: "matrix" })),
  // Joining a silently viewed conversation: supervisors and admins (after every row that needs the supervisor silent).
  ...onConversations("/api/conversations/[conversationId]/join", "POST", "/join", 204, undefined, { open: { member: 403 } }),
  // Mentions are per person; someone else's (or a made-up) mention is not found.
  { route: "/api/mentions", method: "GET", name: "my mentions", request: () => ({ path: "/api/mentions", method: "GET" }), expect: signedIn(200) },
  {
    route: "/api/mentions/[mentionId]/read",
    method: "POST",
    name: "a mention that is not mine",
    request: () => ({ path: "/api/mentions/1/read", method: "POST", body: {} }),
    expect: signedIn(404),
  },
  // One's own profile.
  { route: "/api/profile", method: "GET", name: "profile", request: () => ({ path: "/api/profile", method: "GET" }), expect: signedIn(200) },
  { route: "/api/profile", method: "PATCH", name: "profile", request: () => ({ path: "/api/profile", method: "PATCH", body: { name: "Matrix Person", timeZone: "Europe/Madrid" } }), expect: signedIn(200) },
  { route: "/api/profile/alerts", method: "PUT", name: "in-tab alerts", request: () => ({ path: "/api/profile/alerts", method: "PUT", body: { alertMode: "all" } }), expect: signedIn(200) },
  { route: "/api/profile/theme", method: "PUT", name: "theme", request: () => ({ path: "/api/profile/theme", method: "PUT", body: { theme: "system" } }), expect: signedIn(200) },
  { route: "/api/profile/activity", method: "POST", name: "activity", request: () => ({ path: "/api/profile/activity", method: "POST", body: {} }), expect: signedIn(200) },
  { route: "/api/profile/presence", method: "GET", name: "own presence", request: () => ({ path: "/api/profile/presence", method: "GET" }), expect: signedIn(200) },
  { route: "/api/profile/presence", method: "PUT", name: "choose Online", request: () => ({ path: "/api/profile/presence", method: "PUT", body: { away: false } }), expect: signedIn(200) },
  { route: "/api/profile/locale", method: "PUT", name: "locale", request: () => ({ path: "/api/profile/locale", method: "PUT", body: { locale: null } }), expect: signedIn(200) },
  {
    route: "/api/profile/password",
    method: "POST",
    name: "a wrong current password",
    request: () => ({ path: "/api/profile/password", method: "POST", body: { currentPassword: "not-it-at-all", newPassword: "a-new-password-1" } }),
    expect: signedIn(422),
  },
  // This device's Web Push subscription: everyone signed in, each only their own.
  { route: "/api/push/public-key", method: "GET", name: "VAPID key", request: () => ({ path: "/api/push/public-key", method: "GET" }), expect: signedIn(200) },
  { route: "/api/push/subscriptions", method: "GET", name: "my devices", request: () => ({ path: "/api/push/subscriptions", method: "GET" }), expect: signedIn(200) },
  { route: "/api/push/subscriptions", method: "POST", name: "subscribe", request: () => ({ path: "/api/push/subscriptions", method: "POST", body: pushSubscription() }), expect: signedIn(201) },
  {
    route: "/api/push/subscriptions",
    method: "PATCH",
    name: "a device that is not mine",
    request: () => ({ path: "/api/push/subscriptions", method: "PATCH", body: { endpoint: pushSubscription().endpoint, events: { messages: false, mentions: true, assignments: true } } }),
    expect: signedIn(404),
  },
  { route: "/api/push/subscriptions", method: "DELETE", name: "a device that is not mine", request: () => ({ path: "/api/push/subscriptions", method: "DELETE", body: { endpoint: pushSubscription().endpoint } }), expect: signedIn(404) },
  // Catalogues everyone reads, admins change.
  { route: "/api/labels", method: "GET", name: "labels", request: () => ({ path: "/api/labels", method: "GET" }), expect: signedIn(200) },
  { route: "/api/labels", method: "POST", name: "new label", request: () => ({ path: "/api/labels", method: "POST", body: { name: `L ${unique()}`, color: "#22c55e" } }), expect: adminOnly(201) },
  { route: "/api/labels/[labelId]", method: "PATCH", name: "recolour", request: (f) => ({ path: `/api/labels/${f.labelId}`, method: "PATCH", body: { color: "#3b82f6" } }), expect: adminOnly(200) },
  { route: "/api/canned-replies", method: "GET", name: "canned replies", request: () => ({ path: "/api/canned-replies", method: "GET" }), expect: signedIn(200) },
  {
    route: "/api/canned-replies",
    method: "POST",
    name: "new canned reply",
    request: () => ({ path: "/api/canned-replies", method: "POST", body: { shortcut: `m${unique()}`, body: "Hello {{contact.name}}" } }),
    expect: adminOnly(201),
  },
  {
    route: "/api/canned-replies/[replyId]",
    method: "PATCH",
    name: "edit",
    request: (f) => ({ path: `/api/canned-replies/${f.cannedReplyId}`, method: "PATCH", body: { body: "Hi {{contact.name}}" } }),
    expect: adminOnly(200),
  },
  // Deleting: the admin (first) deletes, so the rule must refuse the others before they could find it.
  { route: "/api/canned-replies/[replyId]", method: "DELETE", name: "delete", request: (f) => ({ path: `/api/canned-replies/${f.cannedReplyId}`, method: "DELETE" }), expect: adminOnly(200) },
  { route: "/api/labels/[labelId]", method: "DELETE", name: "delete", request: (f) => ({ path: `/api/labels/${f.labelId}`, method: "DELETE" }), expect: adminOnly(200) },
  // Settings and the audit log: admins only.
  { route: "/api/agents", method: "GET", name: "agents", request: () => ({ path: "/api/agents", method: "GET" }), expect: adminOnly(200) },
  {
    route: "/api/agents",
    method: "POST",
    name: "add agent",
    request: (f) => ({
      path: "/api/agents",
      method: "POST",
      body: { name: "Matrix New", email: `new-${unique()}@matrix.test`, password: "matrix-password-2", role: "agent", channelIds: [f.channels.member] },
    }),
    expect: adminOnly(201),
  },
  { route: "/api/agents/[agentId]", method: "PATCH", name: "capacity", request: (f) => ({ path: `/api/agents/${f.agentId}`, method: "PATCH", body: { capacity: 12 } }), expect: adminOnly(200) },
  { route: "/api/audit", method: "GET", name: "audit log", request: () => ({ path: "/api/audit", method: "GET" }), expect: adminOnly(200) },
  { route: "/api/settings/channels", method: "GET", name: "channel settings", request: () => ({ path: "/api/settings/channels", method: "GET" }), expect: adminOnly(200) },
  {
    route: "/api/settings/channels/[channelId]",
    method: "PATCH",
    name: "channel settings",
    request: (f) => ({ path: `/api/settings/channels/${f.channels.other}`, method: "PATCH", body: { displayName: null, autoAssign: false } }),
    expect: adminOnly(200),
  },
  // Reports: supervisors and admins; agents get 403 whatever the filters.
  { route: "/api/reports", method: "GET", name: "report", request: (f) => ({ path: `/api/reports?range=7d&channelId=${f.channels.member}`, method: "GET" }), expect: bossesOnly(200) },
  { route: "/api/reports/csv", method: "GET", name: "report CSV", request: () => ({ path: "/api/reports/csv?range=30d&table=agents", method: "GET" }), expect: bossesOnly(200) },
  { route: "/api/settings/reports", method: "GET", name: "report settings", request: () => ({ path: "/api/settings/reports", method: "GET" }), expect: adminOnly(200) },
  {
    route: "/api/settings/reports",
    method: "PUT",
    name: "report settings",
    request: () => ({ path: "/api/settings/reports", method: "PUT", body: { timeZone: "Europe/Madrid" } }),
    expect: adminOnly(200),
  },
];
