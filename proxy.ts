import { NextResponse, type NextRequest } from "next/server";
import { PAGE_SEARCH_HEADER } from "@/lib/inbox/conversation-filters";
import { isDevelopment, parseEnv, publicUrlOf, readProcessEnv } from "@/lib/config/env";
import { contentSecurityPolicy, newNonce, strictTransportSecurity } from "@/lib/security/headers";
import { BAD_PATH_MESSAGE, isDecodablePath, isRequestId } from "@/lib/security/request-edge";

// next-auth v4's session cookie names (the __Secure- one when PUBLIC_URL is https).
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

// The pages that send people without a session cookie to sign in: everything but public file
// links, sign-in, the sandbox and static files (the API does not come here, see config below).
// The manifest, the service worker and its offline page are fetched without a session too.
const SIGN_IN_FIRST = /^\/(?!files\/|login|sandbox|_next\/|favicon\.ico|icon|robots\.txt|manifest\.webmanifest$|offline\.html$|.*\.(?:svg|png|jpg|ico|webp|css|js)$).*$/;

// Read at run time, not build time: one build is started with different PUBLIC_URLs. The start
// already validated the environment (instrumentation.ts), so this parse cannot fail here.
let publicUrl: string | undefined;
const getPublicUrl = () => (publicUrl ??= publicUrlOf(parseEnv(readProcessEnv())));

/**
 * Sends people without a session cookie to the sign-in page. This is only a convenience: every
 * page and every API handler verifies the session itself.
 *
 * It also gives every page it sees a Content-Security-Policy with a fresh nonce (Next reads it
 * back from the request's header and puts it on its own scripts; pages are all rendered per
 * request, see app/layout.tsx) and, on an https PUBLIC_URL, Strict-Transport-Security. The
 * headers that need neither come from next.config.js; the API's come from lib/runtime/http-edge.ts.
 */
export function proxy(request: NextRequest) {
  const pathname = request.nextUrl.pathname;
  if (!isDecodablePath(pathname)) return new Response(BAD_PATH_MESSAGE, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
  // File links send their own sandboxing CSP: a second policy would only add restrictions.
  if (FILE_LINK.test(pathname)) return NextResponse.next();
  const hsts = getHsts();
  const nonce = newNonce();
  const csp = contentSecurityPolicy({ nonce, publicUrl: getPublicUrl(), development: isDevelopment() });
  return withHeaders(needsSignIn(request) ? redirectToLogin(request) : passOn(request, { nonce, csp }), csp, hsts);
}

let hstsValue: string | null | undefined;
const getHsts = () => (hstsValue === undefined ? (hstsValue = strictTransportSecurity(getPublicUrl())) : hstsValue);

function withHeaders(response: NextResponse, csp: string, hsts: string | null): NextResponse {
  response.headers.set("content-security-policy", csp);
  if (hsts) response.headers.set("strict-transport-security", hsts);
  return response;
}

const FILE_LINK = /^\/files\/[^/]+\/[^/]+\/?$/;

function needsSignIn(request: NextRequest): boolean {
  if (!SIGN_IN_FIRST.test(request.nextUrl.pathname)) return false;
  return !SESSION_COOKIES.some((name) => request.cookies.has(name));
}

function redirectToLogin(request: NextRequest): NextResponse {
  const login = new URL("/login", request.url);
  const target = request.nextUrl.pathname + request.nextUrl.search;
  if (target !== "/") login.searchParams.set("callbackUrl", target);
  return NextResponse.redirect(login);
}

/**
 * Gives the page's request its id, its policy, which Next reads the nonce from, `x-nonce` for
 * server components (we have no inline script that needs it) and the page's search, which
 * layouts cannot read otherwise (see PAGE_SEARCH_HEADER).
 */
function passOn(request: NextRequest, page: { nonce: string; csp: string }): NextResponse {
  const headers = new Headers(request.headers);
  if (!isRequestId(headers.get("x-request-id"))) headers.set("x-request-id", crypto.randomUUID());
  headers.set("content-security-policy", page.csp);
  headers.set("x-nonce", page.nonce);
  headers.set(PAGE_SEARCH_HEADER, request.nextUrl.search);
  return NextResponse.next({ request: { headers } });
}

export const config = {
  // Everything but Next's hashed assets and the API. Public file links (/files/<token>/<name>)
  // pass through untouched (see FILE_LINK); other paths under /files/ are HTML 404 pages and get
  // the headers. The API gets its headers, request id and path check at the HTTP server's edge
  // (lib/runtime/http-edge.ts): the proxy's machinery cost a third of a read route's CPU, and
  // Next.js buffers the body of every proxied request (cut at proxyClientMaxBodySize), which would
  // hold a 100 MB upload in memory, truncate it, and keep it from the route until it is complete.
  matcher: ["/((?!_next/static/|_next/image|api/).*)"],
};
