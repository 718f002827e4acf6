/**
 * Turns an untrusted `callbackUrl` into a path on this site, so signing in can never send a
 * person to another origin. Absolute URLs (next-auth builds them) keep only their path.
 */
export function safeCallbackPath(value: unknown, fallback = "/inbox"): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (typeof raw !== "string" || raw.trim() === "") return fallback;
  let path: string;
  if (raw.startsWith("/")) {
    // "//evil.example" and "/\evil.example" are protocol-relative in browsers.
    if (raw.startsWith("//") || raw.startsWith("/\\")) return fallback;
    path = raw;
  } else {
    try {
      const url = new URL(raw);
      if (url.protocol !== "http:" && url.protocol !== "https:") return fallback;
      path = `${url.pathname}${url.search}${url.hash}`;
    } catch {
      return fallback;
    }
  }
  // Going back to the sign-in page after signing in would loop.
  if (path === "/login" || path.startsWith("/login?") || path.startsWith("/login/")) return fallback;
  return path;
}
