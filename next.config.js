/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite ships WASM and data files that must be loaded from node_modules, not bundled.
  serverExternalPackages: ["@electric-sql/pglite", "postgres", "bcryptjs", "sharp", "file-type"],
  // The Afilnet API lives at `/api/http/` (trailing slash); the sandbox must answer there
  // without a redirect, exactly as the provider does.
  skipTrailingSlashRedirect: true,
  poweredByHeader: false,
};

module.exports = nextConfig;
