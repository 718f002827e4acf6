// Any control character or whitespace: browsers drop tabs and newlines from URLs, so
// "/\t/evil.example" becomes the protocol-relative "//evil.example"; a newline in a Location
// header is refused by the server (a 500).
const UNSAFE_CHARACTERS = /[\u0000-\u0020\u007f-\u009f\u2028\u2029\\]/;
const BASE = "http://switchboard.invalid";

/**
 * Turns an untrusted `callbackUrl` into a path on this site, so signing in can never send a
 * person to another origin. Only same-origin relative paths are followed ("/inbox/…"); anything
 * else (absolute URLs, "//host", "/\host", control characters, backslashes) gives `fallback`.
 */
export function safeCallbackPath(value: unknown, fallback = "/inbox"): string {
  const raw = Array.isArray(value) ? value[0] : value;
  if (typeof raw !== "string" || raw === "" || raw.length > 2048) return fallback;
  if (!raw.startsWith("/") || raw.startsWith("//") || UNSAFE_CHARACTERS.test(raw)) return fallback;
  let url: URL;
  try {
    url = new URL(raw, BASE);
  } catch {
    return fallback;
  }
  // Resolving must not have left this site (it cannot after the checks above: belt and braces).
  if (url.origin !== BASE) return fallback;
  const path = `${url.pathname}${url.search}${url.hash}`;
  if (path.startsWith("//")) return fallback;
  // Going back to the sign-in page after signing in would loop.
  if (url.pathname === "/login" || url.pathname.startsWith("/login/")) return fallback;
  return path;
}
