import "server-only";
import { errorResponse, toErrorResponse, withAgent } from "@/lib/api/handler";
import { assertSameOrigin, crossOriginRefused, isSameOrigin, readJsonBody } from "@/lib/api/request-guard";
import { getConfig } from "@/lib/config";
import { rules, withRule, type RouteRule } from "@/lib/auth/route-rules";
import type { SignedInAgent } from "@/lib/auth/session";
import { AppError } from "@/lib/errors";
import { getRuntime, type Runtime } from "@/lib/runtime/boot";
import { SimulatorError } from "@/lib/sandbox/simulator";

/** Every sandbox route exists only in sandbox mode; in live mode it is indistinguishable from a missing page. */
export function sandboxEnabled(): boolean {
  return getConfig().mode === "sandbox";
}

const notFound = () => new Response("Not Found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });

// The sandbox plays the contact and the provider, so it has no agent to authorise: it exists only
// in sandbox mode (404 in live mode) and only answers this site's own pages or the app's client.
const SIMULATOR_RULE = rules.public("sandbox only: the contact simulator, for this site's own pages");
const PROTOCOL_RULE = rules.public("sandbox only: the provider stand-in, called server to server");

type Handler<C> = (request: Request, context: C, runtime: Runtime) => Promise<Response>;

function mapErrors(error: unknown, request: Request): Response {
  if (error instanceof SimulatorError) return Response.json(error.toBody(), { status: error.code === "not_found" ? 404 : 422 });
  if (error instanceof AppError) return errorResponse(error);
  return toErrorResponse(error, request);
}

/**
 * Wraps a contact-simulator route: 404 in live mode, writes only from this site's own pages
 * (no session guards the simulator, so without this any web page could drive a locally
 * running sandbox), the runtime handed in, and errors mapped to 4xx JSON.
 */
export function sandboxRoute<C>(handler: Handler<C>) {
  return withRule(async (request: Request, context: C): Promise<Response> => {
    if (!sandboxEnabled()) return notFound();
    try {
      assertSameOrigin(request, getConfig().publicUrl);
      return await handler(request, context, await getRuntime());
    } catch (error) {
      return mapErrors(error, request);
    }
  }, SIMULATOR_RULE);
}

/**
 * Wraps a sandbox route that only a signed-in agent allowed by `rule` may call (bulk history: a
 * heavy write nobody else should trigger): 404 in live mode before any session check, then the
 * usual session, rule and same-origin checks of withAgent.
 */
export function sandboxAgentRoute<P extends Record<string, string>>(
  rule: Exclude<RouteRule, { kind: "public" }>,
  handler: (request: Request, context: { agent: SignedInAgent; params: P }, runtime: Runtime) => Promise<Response>,
) {
  const guarded = withAgent<P>(rule, async (request, context) => {
    try {
      return await handler(request, context, await getRuntime());
    } catch (error) {
      return mapErrors(error, request);
    }
  });
  return withRule((request: Request, context: { params: Promise<P> }) => (sandboxEnabled() ? guarded(request, context) : Promise.resolve(notFound())), rule);
}

/**
 * Wraps the stand-in of Afilnet's API: the app's own client calls it server to server (no
 * Origin), as Afilnet is called. A browser request from another site names its Origin and is
 * refused, so a web page cannot send messages through a local sandbox either.
 */
export function sandboxProtocolRoute(handler: (request: Request, runtime: Runtime) => Promise<Response>) {
  return withRule(async (request: Request): Promise<Response> => {
    if (!sandboxEnabled()) return notFound();
    try {
      if (request.headers.has("origin") && !isSameOrigin(request, getConfig().publicUrl)) throw crossOriginRefused();
      return await handler(request, await getRuntime());
    } catch (error) {
      return mapErrors(error, request);
    }
  }, PROTOCOL_RULE);
}

// A contact's message is at most 4,096 characters: 16 KB of JSON is plenty.
const SIMULATOR_BODY_LIMIT_BYTES = 16 * 1024;

/** A JSON body declared as JSON (415) and small (413), or a 422-worthy SimulatorError when it is not JSON. */
export async function readJson(request: Request): Promise<unknown> {
  try {
    return await readJsonBody(request, SIMULATOR_BODY_LIMIT_BYTES);
  } catch (error) {
    if (error instanceof AppError && error.code === "malformed_body") throw new SimulatorError("invalid_input", "Send a JSON body.");
    throw error;
  }
}
