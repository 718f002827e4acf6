import { NextResponse, type NextRequest } from "next/server";

// next-auth v4's session cookie names (the __Secure- one when PUBLIC_URL is https).
const SESSION_COOKIES = ["next-auth.session-token", "__Secure-next-auth.session-token"];

/**
 * Sends people without a session cookie to the sign-in page. This is only a convenience: every
 * page and every API handler verifies the session itself.
 */
export function proxy(request: NextRequest) {
  const hasSession = SESSION_COOKIES.some((name) => request.cookies.has(name));
  if (hasSession) return NextResponse.next();
  const login = new URL("/login", request.url);
  const target = request.nextUrl.pathname + request.nextUrl.search;
  if (target !== "/") login.searchParams.set("callbackUrl", target);
  return NextResponse.redirect(login);
}

export const config = {
  // Everything but the API (which answers 401 JSON itself), public file links, sign-in, the sandbox and static files.
  matcher: ["/((?!api/|files/|login|sandbox|_next/|favicon\\.ico|icon|robots\\.txt|.*\\.(?:svg|png|jpg|ico|webp|css|js)$).*)"],
};
