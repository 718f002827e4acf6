import { openDatabase, type OpenDatabase } from "@/lib/db/client";
import { sandboxChannels, sandboxMessages } from "@/lib/db/schema";
import { handleAfilnetRequest, type Credentials } from "./protocol";

/** Shared by the sandbox's tests: an in-memory database with two known channels. */

export const TEST_CREDENTIALS: Credentials = { user: "tester", password: "s3cret-pass" };

export interface SandboxFixture extends OpenDatabase {
  whatsapp: { id: number; platform: string; platformId: string };
  telegram: { id: number; platform: string; platformId: string };
}

export async function openSandboxFixture(): Promise<SandboxFixture> {
  const opened = await openDatabase({ kind: "pglite" });
  const [whatsapp, telegram] = await opened.db
    .insert(sandboxChannels)
    .values([
      { platform: "whatsapp", platformId: "34910000001", name: "WhatsApp Support" },
      { platform: "telegram", platformId: "7000000001", name: "Telegram Bot" },
    ])
    .returning();
  return { ...opened, whatsapp, telegram };
}

export async function addContactMessage(fx: SandboxFixture, destination: string, message: string, createdAt: Date): Promise<void> {
  await fx.db
    .insert(sandboxMessages)
    .values({ channelId: fx.whatsapp.id, destination, sent: 0, message, status: "received", createdAt });
}

/** Calls the protocol as the app's client would, with the fixture's credentials. */
export function call(fx: SandboxFixture, fields: Record<string, string>, now: Date = new Date()) {
  return handleAfilnetRequest(
    fx.db,
    { user: TEST_CREDENTIALS.user, password: TEST_CREDENTIALS.password, class: "chat", ...fields },
    { credentials: TEST_CREDENTIALS, now: () => now },
  );
}

export const onWhatsapp = { platform: "whatsapp", platformid: "34910000001" };
