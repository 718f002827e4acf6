import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAfilnetClient } from "@/lib/afilnet/client";
import { AfilnetApiError } from "@/lib/afilnet/errors";
import { openDatabase, type OpenDatabase } from "@/lib/db/client";
import { sandboxMessages } from "@/lib/db/schema";
import { clearFaults, queueFault } from "./faults";
import { startSandboxServer, type SandboxServer } from "./node-server";
import { seedSandbox } from "./seed";

let database: OpenDatabase;
let server: SandboxServer;
beforeAll(async () => {
  database = await openDatabase({ kind: "pglite" });
  await seedSandbox(database.db);
  server = await startSandboxServer({ db: database.db });
}, 60_000);
afterAll(async () => {
  clearFaults();
  await server?.close();
  await database?.close();
});

describe("the error fault", () => {
  it("answers a provider error once, with no effect, and then lets the same send through", async () => {
    const client = createAfilnetClient({ user: "sandbox", password: "sandbox-password", auth: "post", apiUrl: server.apiUrl, timezone: "Europe/Madrid" });
    const [channel] = (await client.getChatChannels()).filter((c) => c.platform === "whatsapp");
    const send = () => client.sendMessage({ ...channel, destination: "447700900123", message: "after a refusal" });
    queueFault({ kind: "error", code: "CHAT_NOT_FOUND", methods: ["sendmessage"] });

    const refused = await send().catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(AfilnetApiError);
    expect((refused as AfilnetApiError).code).toBe("CHAT_NOT_FOUND");
    const stored = async () => (await database.db.select().from(sandboxMessages)).filter((m) => m.message === "after a refusal");
    expect(await stored()).toHaveLength(0);

    await send();
    expect(await stored()).toHaveLength(1);
  });
});
