import "server-only";
import { z } from "zod";
import { applyRule, readRuleScope, withRule, type RouteRule } from "@/lib/auth/route-rules";
import type { LoadedScope } from "@/lib/auth/scope";
import { getSessionAgent, type SignedInAgent } from "@/lib/auth/session";
import { getRuntime } from "@/lib/runtime/boot";
import { getConfig } from "@/lib/config";
import { AppError } from "@/lib/errors";
import { errorFields, logFor } from "@/lib/observability/log";
import { getMetrics, routeLabel } from "@/lib/observability/metrics";
import { assertSameOrigin, readJsonBody } from "./request-guard";
import type { ApiErrorBody } from "@/lib/inbox/types";

export function errorResponse(error: AppError): Response {
  const body: ApiErrorBody = { error: { code: error.code, message: error.message, ...(error.fields ? { fields: error.fields } : {}) } };
  return Response.json(body, { status: error.status });
}

const log = logFor("api");

/**
 * Every failure becomes a JSON error; unexpected ones are logged (class and message, with the
 * request id, never a body or a stack) and never shown in detail.
 */
export function toErrorResponse(error: unknown, req?: Request): Response {
  if (error instanceof AppError) return errorResponse(error);
  const path = req ? routeLabel(new URL(req.url).pathname) : undefined;
  log.error({ requestId: req ? requestIdOf(req) : undefined, route: path, ...errorFields(error) }, "unexpected error in an API route");
  return errorResponse(new AppError("internal", 500, "Something went wrong on our side. Try again."));
}

/** The id the HTTP server's edge gives each request (or the one a proxy sent): logs and answers carry it. */
export function requestIdOf(req: Request): string {
  const given = req.headers.get("x-request-id");
  if (given) return given;
  // A handler called without the server's edge (a test calling it directly): one id per request.
  let made = madeIds.get(req);
  if (!made) madeIds.set(req, (made = crypto.randomUUID()));
  return made;
}
const madeIds = new WeakMap<Request, string>();

/** Runs a handler, maps its errors, times it by route pattern and tags the answer with the request id. */
export async function observed(req: Request, run: () => Promise<Response>): Promise<Response> {
  const started = performance.now();
  let response: Response;
  try {
    response = await run();
  } catch (error) {
    response = toErrorResponse(error, req);
  }
  const route = routeLabel(new URL(req.url).pathname);
  getMetrics().httpDuration.observe({ route, method: req.method, status: String(response.status) }, (performance.now() - started) / 1000);
  try {
    response.headers.set("x-request-id", requestIdOf(req));
  } catch {
    // Some responses (a redirect made by Response.redirect) have immutable headers.
  }
  return response;
}

type Params = Record<string, string | string[]>;
interface AgentContext<P extends Params> {
  agent: SignedInAgent;
  params: P;
  /** The conversation the rule loaded and allowed (conversation and message rules), else null. */
  scope: LoadedScope | null;
}

/**
 * Wraps a route handler that needs no session (its rule says why): refuses cross-site writes
 * (CSRF), resolves the async params and maps every error to JSON.
 */
export function withRequest<P extends Params = Params>(
  rule: Extract<RouteRule, { kind: "public" }>,
  handler: (req: Request, ctx: { params: P }) => Promise<Response>,
) {
  const wrapped = (req: Request, context: { params: Promise<P> }): Promise<Response> =>
    observed(req, async () => {
      assertSameOrigin(req, getConfig().publicUrl);
      return handler(req, { params: await context.params });
    });
  return withRule(wrapped, rule);
}

/**
 * Wraps a route handler: refuses cross-site writes (CSRF) before anything else, checks the
 * session itself (the proxy only redirects pages), applies the route's rule through the policy
 * (403 with a code when refused, 404 for a resource that does not exist), resolves the async
 * params and maps errors. Without a session: 401 JSON.
 */
export function withAgent<P extends Params = Params>(
  rule: Exclude<RouteRule, { kind: "public" }>,
  handler: (req: Request, ctx: AgentContext<P>) => Promise<Response>,
) {
  const wrapped = (req: Request, context: { params: Promise<P> }): Promise<Response> =>
    observed(req, async () => {
      assertSameOrigin(req, getConfig().publicUrl);
      const [{ db }, params] = await Promise.all([getRuntime(), context.params]);
      // The conversation the rule names is read beside the session (one round trip, not two);
      // without a session nothing of it is used or answered.
      const scopeRead = readRuleScope(db, rule, params);
      scopeRead?.catch(() => {});
      const agent = await getSessionAgent();
      if (!agent) throw new AppError("unauthorized", 401, "Sign in to continue.");
      const scope = await applyRule(db, agent, rule, params, scopeRead);
      return handler(req, { agent, params, scope });
    });
  return withRule(wrapped, rule);
}

/**
 * Reads a JSON body and parses it with a schema: 415 unless declared as JSON, 413 past
 * `limit` bytes (checked before and while reading), 400 for a body that is not JSON, 422 for
 * bad fields.
 */
export async function parseJsonBody<T extends z.ZodType>(req: Request, schema: T, limit?: number): Promise<z.infer<T>> {
  return parseWith(schema, await readJsonBody(req, limit));
}

/** Parses already-read input with a schema: 422 naming the first problem of each field. */
export function parseWith<T extends z.ZodType>(schema: T, raw: unknown): z.infer<T> {
  const parsed = schema.safeParse(raw);
  if (parsed.success) return parsed.data;
  const fields: Record<string, string> = {};
  for (const issue of parsed.error.issues) fields[issue.path.join(".") || "body"] ??= issue.message;
  throw new AppError("invalid_input", 422, parsed.error.issues[0]?.message ?? "The request is not valid.", fields);
}

export const uuidParam = z.string().uuid();
