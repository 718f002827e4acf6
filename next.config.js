/**
 * Headers that are the same for every response and every deployment. They live here, not in
 * proxy.ts, because they must also reach what the proxy skips (Next's static assets, the public
 * file links) and cost nothing per request. Anything that depends on the request or on the
 * run-time environment cannot: `next build` bakes these into the routes manifest and
 * `next start` never calls headers() again, while one build is started with different
 * PUBLIC_URLs. So the CSP (a nonce per request) and HSTS (only on an https PUBLIC_URL) are set
 * by proxy.ts.
 */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  // Paths hold conversation ids and file links hold their secret token: other origins get nothing.
  { key: "Referrer-Policy", value: "same-origin" },
  // The microphone records voice notes, on this origin only; nothing else is ever needed.
  { key: "Permissions-Policy", value: "microphone=(self), camera=(), geolocation=(), payment=(), usb=(), display-capture=()" },
  // For browsers without CSP frame-ancestors.
  { key: "X-Frame-Options", value: "DENY" },
];

// next-intl: per-request language from lib/i18n/request.ts, and its catalogs precompiled at build
// time so the browser gets a small formatter instead of an ICU message parser (the first-load
// JS budget of /inbox is 170 KB).
// eslint-disable-next-line @typescript-eslint/no-require-imports -- next.config.js is CommonJS (the fixed top level names it .js)
const withNextIntl = require("next-intl/plugin")({
  requestConfig: "./lib/i18n/request.ts",
  experimental: {
    messages: { format: "json", path: "./lib/i18n/messages", locales: ["en", "fr", "es"], precompile: true },
  },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "postgres", "bcryptjs", "sharp", "file-type", "web-push"],
  // The Afilnet API lives at `/api/http/` (trailing slash); the sandbox must answer there
  // without a redirect, exactly as the provider does.
  skipTrailingSlashRedirect: true,
  poweredByHeader: false,
  experimental: {
    // Next.js buffers the body of every request proxy.ts sees (the API bypasses it: its bodies
    // stream to the routes, which cap them); no page takes a body (there are no server actions).
    proxyClientMaxBodySize: "1mb",
    // forbidden() and app/forbidden.tsx: supervisor pages (/monitor) answer an agent 403, as
    // their API does, rather than pretending they do not exist.
    authInterrupts: true,
  },
  async headers() {
    return [
      { source: "/:path*", headers: securityHeaders },
      // Browsers check for a new worker on each visit; no HTTP cache may hand them an old one.
      { source: "/sw.js", headers: [{ key: "Cache-Control", value: "no-cache" }] },
    ];
  },
};

module.exports = withNextIntl(nextConfig);
