import "server-only";

/**
 * Input that next-auth v4 answers with a 500 (and a stack or a config error in the log) instead
 * of a 4xx: a body labelled JSON that is not JSON (its request parser throws), a `callbackUrl`
 * param or cookie that is not an http(s) URL (reported as a server misconfiguration), and a
 * credentials callback by any method but POST. Refused here, before next-auth sees it.
 */

const MAX_BODY_BYTES = 64 * 1024;
const CALLBACK_COOKIES = ["next-auth.callback-url", "__Secure-next-auth.callback-url"];

const refuse = (status: number, code: string, message: string, headers: Record<string, string> = {}) =>
  Response.json({ error: { code, message } }, { status, headers });

// next-auth's own test (core/lib/assert.js): empty (ignored), a path on this site, or an absolute http(s) URL.
function isHttpUrl(value: string, base: string): boolean {
  if (value === "") return true;
  try {
    return /^https?:$/.test(new URL(value, value.startsWith("/") ? base : undefined).protocol);
  } catch {
    return false;
  }
}

function cookieValues(header: string | null, name: string): string[] {
  return (header ?? "")
    .split(";")
    .map((part) => part.trim())
    .filter((part) => part.startsWith(`${name}=`))
    .map((part) => {
      const raw = part.slice(name.length + 1);
      try {
        return decodeURIComponent(raw);
      } catch {
        return raw;
      }
    });
}

export async function refuseOddAuthRequest(req: Request, segments: readonly string[]): Promise<Response | null> {
  const url = new URL(req.url);
  if (segments[0] === "callback" && segments[1] === "credentials" && req.method !== "POST") {
    return refuse(405, "method_not_allowed", "Sign in with the form: this address only takes a POST.", { allow: "POST" });
  }
  if (url.searchParams.getAll("callbackUrl").some((v) => !isHttpUrl(v, url.origin))) {
    return refuse(400, "invalid_input", "This sign-in link is not valid: its callbackUrl must be a page of this site.");
  }
  const cookie = req.headers.get("cookie");
  const badCookie = CALLBACK_COOKIES.find((name) => cookieValues(cookie, name).some((v) => !isHttpUrl(v, url.origin)));
  if (badCookie) {
    // Cleared so the browser that holds it can sign in on its next try.
    return refuse(400, "invalid_input", "A stale sign-in cookie was cleared. Try again.", {
      "set-cookie": `${badCookie}=; Path=/; Max-Age=0; HttpOnly; SameSite=Lax${badCookie.startsWith("__Secure-") ? "; Secure" : ""}`,
    });
  }
  // The same test next-auth applies (next/utils.js) before it calls JSON.parse unguarded.
  if (req.method !== "GET" && req.method !== "HEAD" && (req.headers.get("content-type") ?? "").includes("application/json")) {
    const text = await req.clone().text();
    if (text.length > MAX_BODY_BYTES) return refuse(413, "payload_too_large", "The request body is too large.");
    try {
      JSON.parse(text);
    } catch {
      return refuse(400, "malformed_body", "The request body must be JSON.");
    }
  }
  return null;
}
