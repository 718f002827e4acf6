import { createECDH, randomBytes, type ECDH } from "node:crypto";
import { createServer, type Server } from "node:http";
import { decrypt } from "http_ece";

/**
 * A push service stand-in: what FCM or Mozilla's autopush would be, on 127.0.0.1. It records each
 * push the app sends (headers and encrypted body) and answers with the status chosen per path,
 * so a test can see a push arrive, decrypt it as the browser would, or answer 410 Gone.
 */
export interface ReceivedPush {
  path: string;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

export interface PushServiceStandIn {
  url: string;
  received: ReceivedPush[];
  /** The status answered for paths starting with `prefix` (201 otherwise). */
  answer: (prefix: string, status: number) => void;
  close: () => Promise<void>;
}

export async function startPushService(port: number): Promise<PushServiceStandIn> {
  const received: ReceivedPush[] = [];
  const answers = new Map<string, number>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on("data", (c: Buffer) => chunks.push(c));
    req.on("end", () => {
      const path = req.url ?? "/";
      received.push({ path, headers: req.headers, body: Buffer.concat(chunks) });
      const status = [...answers].find(([prefix]) => path.startsWith(prefix))?.[1] ?? 201;
      res.writeHead(status).end();
    });
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    received,
    answer: (prefix, status) => answers.set(prefix, status),
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** What a browser makes when it subscribes: a P-256 key pair and a 16-byte auth secret. */
export interface BrowserKeys {
  ecdh: ECDH;
  auth: Buffer;
  /** As PushSubscription.toJSON() hands them over. */
  json: { p256dh: string; auth: string };
}

export function newBrowserKeys(): BrowserKeys {
  const ecdh = createECDH("prime256v1");
  ecdh.generateKeys();
  const auth = randomBytes(16);
  return { ecdh, auth, json: { p256dh: ecdh.getPublicKey().toString("base64url"), auth: auth.toString("base64url") } };
}

/** Decrypts a push body as the browser does (RFC 8291, aes128gcm) and parses the app's JSON. */
export function decryptPush(push: ReceivedPush, keys: BrowserKeys): { title: string; body: string; url: string; tag: string } {
  return JSON.parse(decrypt(push.body, { version: "aes128gcm", privateKey: keys.ecdh, authSecret: keys.auth }).toString("utf8"));
}
