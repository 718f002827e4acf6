import "server-only";
import { z } from "zod";
import type { DbExecutor } from "@/lib/db/client";
import { AppError, notFound } from "@/lib/errors";
import { decideChannel, decideConversation, decideRole, type Actor, type ConversationAction, type Decision, type RoleAction } from "./policy";
import { conversationScope, messageScope, type LoadedScope } from "./scope";

/**
 * The rule every route handler declares (see lib/api/handler.ts): checked before the handler
 * runs, and readable by tests (`ruleOf`) so a route without one fails the build's tests.
 */
export type RouteRule =
  /** Anyone, signed in or not: say why. */
  | { kind: "public"; reason: string }
  /** Any active signed-in agent. */
  | { kind: "signed-in" }
  /** Decided by role alone. */
  | { kind: "role"; action: RoleAction }
  /** The channel named by a route param must be visible to the agent. */
  | { kind: "channel"; param: string }
  /** The conversation named by a route param, for one action. */
  | { kind: "conversation"; param: string; action: ConversationAction }
  /** The conversation of the message named by a route param, for one action. */
  | { kind: "message"; param: string; action: ConversationAction };

type RuleOf<K extends RouteRule["kind"]> = Extract<RouteRule, { kind: K }>;

export const rules = {
  public: (reason: string): RuleOf<"public"> => ({ kind: "public", reason }),
  signedIn: (): RuleOf<"signed-in"> => ({ kind: "signed-in" }),
  role: (action: RoleAction): RuleOf<"role"> => ({ kind: "role", action }),
  channel: (param = "channelId"): RuleOf<"channel"> => ({ kind: "channel", param }),
  conversation: (action: ConversationAction, param = "conversationId"): RuleOf<"conversation"> => ({ kind: "conversation", param, action }),
  message: (action: ConversationAction, param = "messageId"): RuleOf<"message"> => ({ kind: "message", param, action }),
};

const RULE = Symbol.for("switchboard.routeRule");

/** Marks a handler with its rule (done by the route wrappers). */
export function withRule<F extends object>(handler: F, rule: RouteRule): F {
  Object.defineProperty(handler, RULE, { value: rule, enumerable: false });
  return handler;
}

/** The rule a route handler declared, if any. */
export function ruleOf(handler: unknown): RouteRule | undefined {
  return typeof handler === "function" ? (handler as unknown as Record<symbol, RouteRule | undefined>)[RULE] : undefined;
}

/** A refusal as the API answers it: 403 with the policy's code. */
export function forbidden(decision: Exclude<Decision, { allowed: true }>): AppError {
  return new AppError(decision.code, 403, decision.message);
}

export function enforce(decision: Decision): void {
  if (!decision.allowed) throw forbidden(decision);
}

const uuid = z.string().uuid();
const messageId = z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER);

/**
 * The conversation a conversation or message rule names, read (null when there is none or the
 * param cannot name one); undefined for the rules that read nothing. It depends on no session:
 * withAgent starts it beside the session's read (one database round trip less per request) and
 * uses it only once the session and the policy allow.
 */
export function readRuleScope(db: DbExecutor, rule: RouteRule, params: Record<string, string | string[]>): Promise<LoadedScope | null> | undefined {
  if (rule.kind === "conversation") {
    const id = uuid.safeParse(params[rule.param]);
    return id.success ? conversationScope(db, id.data) : Promise.resolve(null);
  }
  if (rule.kind === "message") {
    const id = messageId.safeParse(params[rule.param]);
    return id.success ? messageScope(db, id.data) : Promise.resolve(null);
  }
  return undefined;
}

/**
 * Applies a rule for a signed-in agent: 404 when the named resource does not exist (or the
 * param cannot name one), 403 with a code when the policy refuses. Returns the conversation
 * scope it loaded, so the handler does not read it again.
 */
export async function applyRule(
  db: DbExecutor,
  actor: Actor,
  rule: RouteRule,
  params: Record<string, string | string[]>,
  scopeRead: Promise<LoadedScope | null> | undefined = readRuleScope(db, rule, params),
): Promise<LoadedScope | null> {
  switch (rule.kind) {
    case "public":
    case "signed-in":
      enforce(decideRole(actor, "inbox.use"));
      return null;
    case "role":
      enforce(decideRole(actor, rule.action));
      return null;
    case "channel": {
      // No existence read here: the handler's own read of the channel answers 404 for one the
      // agent may see; a channel it may not see is refused whether or not it exists.
      const id = uuid.safeParse(params[rule.param]);
      if (!id.success) throw notFound("This channel");
      enforce(decideChannel(actor, id.data));
      return null;
    }
    case "conversation": {
      const scope = await scopeRead;
      if (!scope) throw notFound("This conversation");
      enforce(decideConversation(actor, rule.action, scope));
      return scope;
    }
    case "message": {
      const scope = await scopeRead;
      if (!scope) throw notFound("This message");
      enforce(decideConversation(actor, rule.action, scope));
      return scope;
    }
  }
}
