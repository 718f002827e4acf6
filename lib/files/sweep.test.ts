import { existsSync, mkdirSync, mkdtempSync, rmSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildConfig, type AppConfig } from "@/lib/config";
import { parseEnv } from "@/lib/config/env";
import { openDatabase, type OpenDatabase } from "@/lib/db/client";
import { channels, conversations, fileBlobs, fileChunks, files, messages } from "@/lib/db/schema";
import { CHUNK_BYTES } from "./database-store";
import { diskPath } from "./disk-store";
import { getFile, storeFor, storeFile } from "./store";
import { sweepUnsentFiles, UNSENT_FILE_TTL_MS } from "./sweep";
import { uploadTempDir } from "./upload-body";
import { saveContactCard } from "./vcard";

const HOUR = 60 * 60 * 1000;
let database: OpenDatabase;
let dataDir: string;
let diskConfig: AppConfig;
let postgresConfig: AppConfig;
let conversationId: string;

beforeAll(async () => {
  database = await openDatabase({ kind: "pglite" });
  dataDir = mkdtempSync(path.join(tmpdir(), "switchboard-sweep-"));
  diskConfig = buildConfig(parseEnv({ DATA_DIR: dataDir }), "x".repeat(32));
  postgresConfig = buildConfig(parseEnv({ DATA_DIR: dataDir, DATABASE_URL: "postgres://unused/db" }), "x".repeat(32));
  const [channel] = await database.db.insert(channels).values({ platform: "whatsapp", platformId: "34600000000", name: "Ventas" }).returning();
  const [conversation] = await database.db.insert(conversations).values({ channelId: channel.id, destination: "34611111111" }).returning();
  conversationId = conversation.id;
}, 60_000);
afterAll(async () => {
  await database?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const upload = (config: AppConfig, bytes = Buffer.from("hello"), thumbnail: Buffer | null = null) =>
  storeFile(database.db, config, { bytes, thumbnail, name: "a.txt", mime: "text/plain", type: "document", agentId: null });

const sweepAt = (msFromNow: number) => sweepUnsentFiles(database.db, dataDir, new Date(Date.now() + msFromNow));

async function attach(fileId: string) {
  await database.db.insert(messages).values({ conversationId, direction: "outbound", kind: "file", sentAt: new Date(), fileId, fileType: "document", fileUrl: "https://x/f" });
}

describe("sweepUnsentFiles", () => {
  it("removes an upload no message uses a day after it was made: row, bytes and thumbnail", async () => {
    const file = await upload(diskConfig, Buffer.from("unsent"), Buffer.from("thumb"));
    await sweepAt(UNSENT_FILE_TTL_MS - HOUR);
    expect(await getFile(database.db, file.id)).not.toBeNull();
    expect(existsSync(diskPath(dataDir, file.id, "original"))).toBe(true);

    await sweepAt(UNSENT_FILE_TTL_MS + HOUR);
    expect(await getFile(database.db, file.id)).toBeNull();
    expect(existsSync(diskPath(dataDir, file.id, "original"))).toBe(false);
    expect(existsSync(diskPath(dataDir, file.id, "thumbnail"))).toBe(false);
  });

  it("never removes a file a message references, however old", async () => {
    const sent = await upload(diskConfig);
    await attach(sent.id);
    await sweepAt(30 * 24 * HOUR);
    expect(await getFile(database.db, sent.id)).not.toBeNull();
    expect(existsSync(diskPath(dataDir, sent.id, "original"))).toBe(true);
  });

  it("removes unsent contact cards and files stored in the database, with their blobs and chunks", async () => {
    const card = await saveContactCard(database.db, postgresConfig, { name: "Ana", phone: "600 123 456" }, null);
    const bigPath = path.join(dataDir, "big.part");
    writeFileSync(bigPath, Buffer.alloc(CHUNK_BYTES + 10, 7));
    const big = await storeFor(database.db, postgresConfig).put(
      { id: crypto.randomUUID(), token: `big-${Date.now()}`, name: "big.pdf", mime: "application/pdf", type: "document", size: CHUNK_BYTES + 10, sha256: "0".repeat(64), storage: "database" },
      { path: bigPath, size: CHUNK_BYTES + 10 },
      null,
    );
    expect(await database.db.select({ seq: fileChunks.seq }).from(fileChunks).where(eq(fileChunks.fileId, big.id))).toHaveLength(2);

    const { files: removed } = await sweepAt(UNSENT_FILE_TTL_MS + HOUR);
    expect(removed).toBeGreaterThanOrEqual(2);
    for (const id of [card.id, big.id]) {
      expect(await getFile(database.db, id)).toBeNull();
      expect(await database.db.select().from(fileBlobs).where(eq(fileBlobs.fileId, id))).toEqual([]);
      expect(await database.db.select().from(fileChunks).where(eq(fileChunks.fileId, id))).toEqual([]);
    }
  });

  it("removes the row even when its bytes are already gone from the disk", async () => {
    const file = await upload(diskConfig);
    rmSync(diskPath(dataDir, file.id, "original"));
    await expect(sweepAt(UNSENT_FILE_TTL_MS + HOUR)).resolves.toMatchObject({ files: 1 });
    expect(await getFile(database.db, file.id)).toBeNull();
  });

  it("removes what interrupted uploads left in the temporary folder after a day, not before", async () => {
    const dir = uploadTempDir(dataDir);
    mkdirSync(dir, { recursive: true });
    const [stale, fresh] = [path.join(dir, "stale.part"), path.join(dir, "fresh.part")];
    writeFileSync(stale, "partial");
    writeFileSync(fresh, "receiving");
    const twoDaysAgo = new Date(Date.now() - 2 * UNSENT_FILE_TTL_MS);
    utimesSync(stale, twoDaysAgo, twoDaysAgo);
    expect(await sweepAt(0)).toEqual({ files: 0, temporary: 1 });
    expect([existsSync(stale), existsSync(fresh)]).toEqual([false, true]);
  });

  it("goes through more unsent files than one batch", async () => {
    const made = await Promise.all(Array.from({ length: 130 }, (_, i) => upload(postgresConfig, Buffer.from(`n${i}`))));
    await sweepAt(UNSENT_FILE_TTL_MS + HOUR);
    const left = await database.db.select({ id: files.id }).from(files);
    expect(left.filter((f) => made.some((m) => m.id === f.id))).toEqual([]);
  });
});
