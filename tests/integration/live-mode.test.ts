import { randomUUID } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { openDatabase, type OpenDatabase } from "@/lib/db/client";
import { seedSandbox } from "@/lib/sandbox/seed";
import { startSandboxServer, type SandboxServer, type SeenRequest } from "@/lib/sandbox/node-server";
import { sandboxMessages } from "@/lib/db/schema";
import type { ChannelsResponse, ConversationsResponse, SendReplyResponse, ThreadResponse } from "@/lib/inbox/types";
import { startApp } from "../support/app-server";
import { signIn } from "../support/session";

// A protocol-speaking server outside the app plays Afilnet; the app runs in live mode against it.
const PROVIDER = { user: "acme-support", password: "Pr0vider-Secret!" };
const ADMIN = { email: "owner@acme.test", password: "owner-password-1" };

let database: OpenDatabase;
let provider: SandboxServer;
const seen: SeenRequest[] = [];

beforeAll(async () => {
  database = await openDatabase({ kind: "pglite" });
  await seedSandbox(database.db);
  provider = await startSandboxServer({ db: database.db, credentials: PROVIDER, onRequest: (r) => seen.push(r) });
});
afterAll(async () => {
  await provider?.close();
  await database?.close();
});

describe.each([
  { auth: "post", port: 3131 },
  { auth: "basic", port: 3132 },
  { auth: "get", port: 3133 },
])("live mode over the $auth transport", ({ auth, port }) => {
  it("signs in, lists channels, opens a thread and sends a reply the provider stores", async () => {
    seen.length = 0;
    const app = await startApp(port, {
      AFILNET_USER: PROVIDER.user,
      AFILNET_PASSWORD: PROVIDER.password,
      AFILNET_AUTH: auth,
      AFILNET_API_URL: provider.apiUrl,
      ADMIN_EMAIL: ADMIN.email,
      ADMIN_PASSWORD: ADMIN.password,
    });
    try {
      const health = await fetch(`${app.url}/api/health`).then((r) => r.json());
      expect(health.mode).toBe("live");
      expect((await fetch(`${app.url}/sandbox/api/http/`)).status).toBe(404);

      const cookie = await signIn(app.url, ADMIN.email, ADMIN.password);
      const get = async <T>(path: string) => (await fetch(`${app.url}${path}`, { headers: { cookie } })).json() as Promise<T>;
      // Reads come from the mirror, which the sync engine fills from the provider.
      const conversations = await vi.waitFor(async () => {
        const { channels } = await get<ChannelsResponse>("/api/channels");
        const whatsapp = channels.find((c) => c.platform === "whatsapp")!;
        const list = await get<ConversationsResponse>(`/api/channels/${whatsapp.id}/conversations`);
        expect(list.conversations.length).toBeGreaterThan(0);
        return list.conversations;
      }, { timeout: 15_000, interval: 200 });
      await vi.waitFor(async () => {
        const thread = await get<ThreadResponse>(`/api/conversations/${conversations[0].id}/messages`);
        expect(thread.messages.length).toBeGreaterThan(0);
      }, { timeout: 15_000, interval: 200 });

      const text = `Reply over ${auth} ✓ ñ ${Date.now()}`;
      const sent = await fetch(`${app.url}/api/conversations/${conversations[0].id}/messages`, {
        method: "POST",
        headers: { cookie, origin: app.url, "content-type": "application/json" },
        body: JSON.stringify({ idempotencyKey: randomUUID(), text }),
      });
      expect(sent.status).toBe(202);
      expect(((await sent.json()) as SendReplyResponse).message).toMatchObject({ text, delivery: "pending" });
      // The outbox sends it right after storing it.
      await vi.waitFor(async () => {
        const stored = await database.db.select().from(sandboxMessages);
        expect(stored.filter((m) => m.message === text && m.destination === conversations[0].destination && m.sent === 1)).toHaveLength(1);
      }, { timeout: 15_000, interval: 200 });

      expect(seen.length).toBeGreaterThan(3);
      const inUrl = seen.filter((r) => decodeURIComponent(r.url).includes(PROVIDER.password));
      if (auth === "get") expect(inUrl.length).toBe(seen.length);
      else expect(inUrl).toEqual([]);
      if (auth === "basic") {
        expect(seen.every((r) => r.url.startsWith("/api/basic/") && String(r.headers.authorization).startsWith("Basic "))).toBe(true);
      }
      expect(app.output()).not.toContain(PROVIDER.password);
    } finally {
      await app.stop();
    }
  });
});
