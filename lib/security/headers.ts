/**
 * The response headers that depend on the request (the CSP nonce) or on the run-time
 * configuration (HSTS on an https PUBLIC_URL). proxy.ts sets them on pages, lib/runtime/http-edge.ts
 * on the API; the static ones live in next.config.js. Pure functions: no config reads, no Node-only APIs.
 */

export interface PolicyOptions {
  nonce: string;
  /** PUBLIC_URL: uploaded files are linked (and shown in the thread) at this origin. */
  publicUrl: string;
  /** `next dev`: React needs eval to rebuild server error stacks in the browser. */
  development: boolean;
}

/** 128 random bits, base64: what Next reads back from `'nonce-…'` to mark its own scripts. */
export function newNonce(): string {
  return btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
}

function isHttps(publicUrl: string): boolean {
  return new URL(publicUrl).protocol === "https:";
}

/** The page policy: every HTML response but the sandboxed file links, which keep their own. */
export function contentSecurityPolicy({ nonce, publicUrl, development }: PolicyOptions): string {
  const filesOrigin = new URL(publicUrl).origin;
  // Thread media comes from our file route at PUBLIC_URL (not necessarily the origin the page
  // was opened on), from blob: previews of drafts and voice notes, and from any https: URL a
  // contact's provider or an agent's "send by URL" points at.
  const media = ["'self'", filesOrigin, "blob:", "https:"];
  const directives: [string, ...string[]][] = [
    ["default-src", "'self'"],
    // 'strict-dynamic' lets Next's nonced bootstrap load its chunks; hosts and 'self' are then
    // ignored by browsers that support it and only serve older ones.
    ["script-src", "'self'", `'nonce-${nonce}'`, "'strict-dynamic'", ...(development ? ["'unsafe-eval'"] : [])],
    // React style={…} attributes (global-error) and Next's injected styles cannot carry a nonce;
    // a nonce here would also switch 'unsafe-inline' off. Styles cannot run script.
    ["style-src", "'self'", "'unsafe-inline'"],
    ["img-src", ...media, "data:"],
    ["media-src", ...media],
    // fetch /api/* and the EventSource on /api/events.
    ["connect-src", "'self'"],
    ["font-src", "'self'"],
    // The service worker (public/sw.js) and the web app manifest.
    ["worker-src", "'self'"],
    ["manifest-src", "'self'"],
    ["object-src", "'none'"],
    ["base-uri", "'none'"],
    ["form-action", "'self'"],
    ["frame-ancestors", "'none'"],
    // On https, an http:// file URL is fetched as https:// (and then allowed) instead of blocked.
    ...(isHttps(publicUrl) ? [["upgrade-insecure-requests"] as [string]] : []),
  ];
  return directives.map((d) => d.join(" ")).join("; ");
}

/**
 * The API's policy: JSON and event streams run nothing and embed nothing, so nothing is allowed
 * and no nonce is needed (a page's policy costs a nonce and two URL parses per request).
 */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; frame-ancestors 'none'";

/** Two years, subdomains included, only when the app is published on https. */
export function strictTransportSecurity(publicUrl: string): string | null {
  return isHttps(publicUrl) ? "max-age=63072000; includeSubDomains" : null;
}
