import { rules } from "@/lib/auth/route-rules";
import { errorResponse, parseWith, withAgent, withRequest } from "@/lib/api/handler";
import { clientAddress } from "@/lib/auth/client-address";
import { clearSessionCookie, encodeSessionToken, serializeSessionCookie } from "@/lib/auth/session-token";
import { endSession } from "@/lib/auth/sessions";
import { authenticate, signInSchema, type SignInResult } from "@/lib/auth/sign-in";
import { readSignInRequest } from "@/lib/auth/sign-in-request";
import { AppError } from "@/lib/errors";
import { safeCallbackPath } from "@/lib/format/safe-path";
import { SIGN_IN_ERRORS, type SignInErrorCode } from "@/lib/format/sign-in-errors";
import { getRuntime } from "@/lib/runtime/boot";
import { recordAudit } from "@/lib/teams/audit";
import { auditSignIn } from "@/lib/teams/sign-in-audit";

export const dynamic = "force-dynamic";

export interface SignInResponse {
  redirectTo: string;
}

/** A form post without scripts comes back to the sign-in page with the reason (never the password). */
function backToLogin(req: Request, code: SignInErrorCode, callbackUrl: string, retryAfterSeconds?: number): Response {
  const url = new URL("/login", req.url);
  url.searchParams.set("error", code);
  if (retryAfterSeconds) url.searchParams.set("retry", String(retryAfterSeconds));
  if (callbackUrl !== "/inbox") url.searchParams.set("callbackUrl", callbackUrl);
  return new Response(null, { status: 303, headers: { location: `${url.pathname}${url.search}` } });
}

function failure(result: Exclude<SignInResult, { outcome: "signed-in" }>): AppError {
  if (result.outcome === "throttled") return new AppError("too_many_attempts", 429, SIGN_IN_ERRORS.throttled(result.retryAfterSeconds));
  return new AppError("wrong_credentials", 401, SIGN_IN_ERRORS.wrong());
}

/** Sign in: JSON (the page's script) or a plain form post; sets the session cookie. */
export const POST = withRequest(rules.public("signing in needs no session"), async (req) => {
  const { db, config } = await getRuntime();
  const body = await readSignInRequest(req);
  const raw = body.fields as { callbackUrl?: unknown };
  const callbackUrl = safeCallbackPath(raw?.callbackUrl);
  let input;
  try {
    input = parseWith(signInSchema, body.fields);
  } catch (error) {
    if (body.kind === "form" && error instanceof AppError) return backToLogin(req, "invalid", callbackUrl);
    throw error;
  }
  const client = { address: clientAddress(req.headers, config.trustProxyHops), userAgent: req.headers.get("user-agent") };
  const result = await authenticate(db, config, input, client);
  await auditSignIn(db, input.email, result, client.address);
  if (result.outcome !== "signed-in") {
    const retry = result.outcome === "throttled" ? result.retryAfterSeconds : undefined;
    if (body.kind === "form") return backToLogin(req, result.outcome === "throttled" ? "throttled" : "wrong", callbackUrl, retry);
    const response = errorResponse(failure(result));
    if (retry) response.headers.set("retry-after", String(retry));
    return response;
  }
  const cookie = serializeSessionCookie(config.publicUrl, await encodeSessionToken(result.sessionId, result.agentId, config.authSecret));
  if (body.kind === "form") return new Response(null, { status: 303, headers: { location: callbackUrl, "set-cookie": cookie } });
  return Response.json({ redirectTo: callbackUrl } satisfies SignInResponse, { headers: { "set-cookie": cookie } });
});

/** Sign out: this session ends on the server, so a copy of the cookie stops working too. */
export const DELETE = withAgent(rules.signedIn(), async (_req, { agent }) => {
  const { db, config } = await getRuntime();
  await db.transaction(async (tx) => {
    await endSession(tx, agent.sessionId);
    await recordAudit(tx, { actor: agent, kind: "sign_out", target: { type: "agent", id: agent.id }, after: { scope: "this-device" } });
  });
  return Response.json({ signedOut: true }, { headers: { "set-cookie": clearSessionCookie(config.publicUrl) } });
});
