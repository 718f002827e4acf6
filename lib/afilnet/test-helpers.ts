import { createAfilnetClient } from "./client";
import type { AfilnetTestServer } from "./test-server";
import type { AfilnetClientOptions } from "./types";

/** Credentials with characters that need encoding, so leaks in any spelling are caught. */
export const TEST_USER = "acct-user-7f3q";
export const TEST_PASSWORD = "p@ss wörd&=/?#9Zx";

export function clientFor(server: AfilnetTestServer, overrides: Partial<AfilnetClientOptions> = {}) {
  return createAfilnetClient({
    user: TEST_USER,
    password: TEST_PASSWORD,
    auth: "post",
    apiUrl: server.apiUrl,
    timezone: "Europe/Madrid",
    timeoutMs: 2_000,
    ...overrides,
  });
}

/** A getchats/getmessages row as the documented provider writes it. */
export function row(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    platformid: "1001",
    platform: "whatsapp",
    message: "Hola",
    destination: "34600111222",
    messageid: "1",
    sent: 0,
    status: "read",
    datetime: "2024-07-01 10:00:00",
    ...overrides,
  };
}

export const CHAT = { platform: "whatsapp", platformId: "1001", destination: "34600111222" } as const;
