import "server-only";
import { isIP } from "node:net";
import type { AppConfig } from "@/lib/config";
import { AppError } from "@/lib/errors";

/** The public links the provider fetches: the original, and the thumbnail when there is one. */
export function fileUrls(
  config: AppConfig,
  file: { token: string; name: string; hasThumbnail: boolean },
): { url: string; thumbUrl: string | null } {
  const base = `${config.publicUrl}/files/${file.token}`;
  return {
    url: `${base}/${encodeURIComponent(file.name)}`,
    thumbUrl: file.hasThumbnail ? `${base}/thumbnail.jpg` : null,
  };
}

function ipv4Unreachable(ip: string): boolean {
  const [a, b] = ip.split(".").map(Number);
  return a === 0 || a === 127 || a === 10 || (a === 172 && b >= 16 && b <= 31) || (a === 192 && b === 168) || (a === 169 && b === 254);
}

function ipv6Unreachable(ip: string): boolean {
  const lower = ip.toLowerCase();
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (mapped) return ipv4Unreachable(mapped[1]);
  if (lower === "::1" || lower === "::") return true;
  // fc00::/7 (unique local) and fe80::/10 (link-local).
  return /^f[cd][0-9a-f]{0,2}:/.test(lower) || /^fe[89ab][0-9a-f]?:/.test(lower);
}

/** True when a host is one the provider's servers on the internet cannot reach. */
export function isUnreachableHost(hostname: string): boolean {
  const host = hostname.replace(/^\[|\]$/g, "").replace(/\.$/, "").toLowerCase();
  if (host === "localhost" || host.endsWith(".localhost") || host.endsWith(".local")) return true;
  const version = isIP(host);
  if (version === 4) return ipv4Unreachable(host);
  if (version === 6) return ipv6Unreachable(host);
  return false;
}

/**
 * In live mode Afilnet downloads `fileurl` itself, so an uploaded file on a loopback or private
 * PUBLIC_URL could never arrive: refuse before queueing. The sandbox runs here, so it can.
 */
export function assertProviderCanFetch(config: AppConfig): void {
  if (config.mode !== "live") return;
  if (!isUnreachableHost(new URL(config.publicUrl).hostname)) return;
  throw new AppError(
    "provider_cannot_fetch",
    422,
    `Afilnet fetches files from PUBLIC_URL (${config.publicUrl}), which it cannot reach: set PUBLIC_URL to this server's public address to send files.`,
  );
}
