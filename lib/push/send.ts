import "server-only";
import webpush from "web-push";
import type { AppConfig } from "@/lib/config";
import type { PushPayload } from "./payload";

const SEND_TIMEOUT_MS = 10_000;
// A push older than an hour is no longer worth a buzz: the inbox shows it anyway.
const TTL_SECONDS = 3600;

export interface PushDestination {
  endpoint: string;
  p256dh: string;
  auth: string;
}

/**
 * Encrypts `payload` for one browser (RFC 8291, aes128gcm) and signs the request (VAPID,
 * RFC 8292) with web-push, then posts it with fetch rather than web-push's own sender: that one
 * only speaks https, and tests point subscriptions at a plain-http push service stand-in on
 * 127.0.0.1 (the subscription schema allows http only there). Returns the push service's status.
 */
export async function sendPush(to: PushDestination, payload: PushPayload, vapid: AppConfig["vapid"]): Promise<number> {
  const details = webpush.generateRequestDetails({ endpoint: to.endpoint, keys: { p256dh: to.p256dh, auth: to.auth } }, JSON.stringify(payload), {
    vapidDetails: vapid,
    TTL: TTL_SECONDS,
    urgency: "high",
    contentEncoding: "aes128gcm",
  });
  const headers = { ...details.headers } as Record<string, string>;
  // fetch computes it from the body.
  delete headers["Content-Length"];
  const response = await fetch(details.endpoint, {
    method: details.method,
    headers,
    body: details.body ? new Uint8Array(details.body) : undefined,
    redirect: "error",
    signal: AbortSignal.timeout(SEND_TIMEOUT_MS),
  });
  await response.body?.cancel();
  return response.status;
}
