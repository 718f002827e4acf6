import { createHash } from "node:crypto";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildConfig, type AppConfig } from "@/lib/config";
import { parseEnv } from "@/lib/config/env";
import { openDatabase, type OpenDatabase } from "@/lib/db/client";
import { eq } from "drizzle-orm";
import { fileBlobs, fileChunks, files } from "@/lib/db/schema";
import { AppError } from "@/lib/errors";
import { CHUNK_BYTES, databaseStore } from "./database-store";
import { diskPath, diskStore } from "./disk-store";
import { getFile, getFileByToken, readStored, saveUpload } from "./store";
import * as sample from "./test-samples";
import { uploadTempDir } from "./upload-body";

let database: OpenDatabase;
let dataDir: string;
let diskConfig: AppConfig;
let postgresConfig: AppConfig;

beforeAll(async () => {
  database = await openDatabase({ kind: "pglite" });
  dataDir = mkdtempSync(path.join(tmpdir(), "switchboard-files-"));
  diskConfig = buildConfig(parseEnv({ DATA_DIR: dataDir, PUBLIC_URL: "https://inbox.example.com" }), "x".repeat(32));
  // Same schema and bytea path as PostgreSQL; only the kind decides where the bytes go.
  postgresConfig = buildConfig(parseEnv({ DATA_DIR: dataDir, DATABASE_URL: "postgres://unused/db" }), "x".repeat(32));
}, 60_000);
afterAll(async () => {
  await database?.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const storedFiles = () => {
  const root = path.join(dataDir, "files");
  try {
    return readdirSync(root, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
  } catch {
    return [];
  }
};

/** An upload as readUpload leaves it: a temporary file under DATA_DIR, its size and hash. */
async function staged(bytes: Buffer) {
  const dir = uploadTempDir(dataDir);
  mkdirSync(dir, { recursive: true });
  const file = path.join(dir, `${crypto.randomUUID()}.part`);
  writeFileSync(file, bytes, { mode: 0o600 });
  return { path: file, size: bytes.length, sha256: createHash("sha256").update(bytes).digest("hex") };
}

async function refusedWith(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe.each([
  ["disk", () => diskConfig],
  ["database", () => postgresConfig],
])("saveUpload on the %s store", (kind, config) => {
  it("stores an image with its thumbnail and finds it by id and by token", async () => {
    const bytes = await sample.png(1200, 600);
    const file = await saveUpload(database.db, config(), { ...(await staged(bytes)), claimedName: "C:\\fotos\\recibo.exe", voice: false, agentId: null });
    expect(file).toMatchObject({ type: "image", mime: "image/png", name: "recibo.png", size: bytes.length, storage: kind, hasThumbnail: true });
    expect(file.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(await getFile(database.db, file.id)).toEqual(file);
    expect(await getFileByToken(database.db, file.token)).toEqual(file);
    expect(await readStored(database.db, config(), file, "original")).toEqual(bytes);
    const thumb = await sharp((await readStored(database.db, config(), file, "thumbnail"))!).metadata();
    expect([thumb.format, thumb.width, thumb.height]).toEqual(["jpeg", 320, 160]);
  });

  it("stores a document without a thumbnail", async () => {
    const file = await saveUpload(database.db, config(), { ...(await staged(sample.pdf())), claimedName: "factura.pdf", voice: false, agentId: null });
    expect(file).toMatchObject({ type: "document", hasThumbnail: false, name: "factura.pdf" });
    expect(await readStored(database.db, config(), file, "thumbnail")).toBeNull();
  });

  it("names a voice note recorded without a name", async () => {
    const file = await saveUpload(database.db, config(), { ...(await staged(sample.webm())), claimedName: null, voice: true, agentId: null });
    expect(file).toMatchObject({ type: "voice", name: "voice-note.webm", mime: "audio/webm" });
  });

  it("leaves nothing behind when it refuses a file", async () => {
    const [rowsBefore, blobsBefore, diskBefore] = [await database.db.select().from(files), await database.db.select().from(fileBlobs), storedFiles()];
    for (const bytes of [Buffer.alloc(0), sample.windowsExe(), sample.svg(), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3])]) {
      await refusedWith(saveUpload(database.db, config(), { ...(await staged(bytes)), claimedName: "photo.jpg", voice: false, agentId: null }));
    }
    expect(await database.db.select().from(files)).toHaveLength(rowsBefore.length);
    expect(await database.db.select().from(fileBlobs)).toHaveLength(blobsBefore.length);
    expect(storedFiles()).toEqual(diskBefore);
  });
});

describe("the stores' atomicity", () => {
  const row = (token: string) => ({
    id: crypto.randomUUID(),
    token,
    name: "a.txt",
    mime: "text/plain",
    type: "document" as const,
    size: 5,
    sha256: "0".repeat(64),
    storage: "disk" as const,
    hasThumbnail: true,
    uploadedBy: null,
  });

  it("disk: removes the written bytes when the row cannot be inserted", async () => {
    const store = diskStore(database.db, dataDir);
    await store.put(row("duplicate-token-disk"), Buffer.from("first"), Buffer.from("t"));
    const second = row("duplicate-token-disk");
    await expect(store.put(second, Buffer.from("again"), Buffer.from("t"))).rejects.toThrow();
    expect(storedFiles().filter((name) => name.startsWith(second.id))).toEqual([]);
    expect(storedFiles().some((name) => name.endsWith(".tmp"))).toBe(false);
  });

  it("disk: keeps bytes under ids, never under the uploaded name", async () => {
    const stored = await diskStore(database.db, dataDir).put({ ...row("tok-path"), name: "../../evil.txt" }, Buffer.from("hello"), null);
    expect(diskPath(dataDir, stored.id, "original")).toBe(path.join(dataDir, "files", stored.id.slice(0, 2), stored.id));
    expect(() => diskPath(dataDir, "../../etc", "original")).toThrow();
  });

  it("database: stores the row and the bytes in one transaction", async () => {
    const store = databaseStore(database.db);
    await store.put(row("duplicate-token-db"), Buffer.from("first"), null);
    const second = row("duplicate-token-db");
    await expect(store.put(second, Buffer.from("again"), null)).rejects.toThrow();
    expect(await getFile(database.db, second.id)).toBeNull();
    const stored = await store.put(row("db-bytes"), Buffer.from([0, 1, 2, 255]), Buffer.from([9]));
    expect(await store.read(stored, "original")).toEqual(Buffer.from([0, 1, 2, 255]));
    expect(await store.read(stored, "thumbnail")).toEqual(Buffer.from([9]));
  });

  it("database: keeps a file over 1 MiB in chunks and streams any range of it, as it does an old whole-file row", async () => {
    const bytes = Buffer.from(Array.from({ length: CHUNK_BYTES + 10 }, (_, i) => (i * 7) % 256));
    const upload = await staged(bytes);
    const store = databaseStore(database.db);
    const stored = await store.put({ ...row("db-chunks"), size: upload.size, storage: "database" }, upload, null);
    const [blob] = await database.db.select().from(fileBlobs).where(eq(fileBlobs.fileId, stored.id));
    const chunks = await database.db.select({ seq: fileChunks.seq }).from(fileChunks).where(eq(fileChunks.fileId, stored.id));
    expect([blob.data, chunks.map((c) => c.seq)]).toEqual([null, [0, 1]]);
    const across = await store.open(stored, "original");
    const part = Buffer.from(await new Response(across!.stream(CHUNK_BYTES - 2, CHUNK_BYTES + 1)).arrayBuffer());
    expect(part.equals(bytes.subarray(CHUNK_BYTES - 2, CHUNK_BYTES + 2))).toBe(true);
    expect((await store.read(stored, "original"))!.equals(bytes)).toBe(true);

    // As migration 0006 found rows written before chunking: the whole file in file_blobs.data.
    await database.db.update(fileBlobs).set({ data: bytes }).where(eq(fileBlobs.fileId, stored.id));
    await database.db.delete(fileChunks).where(eq(fileChunks.fileId, stored.id));
    const old = await store.open(stored, "original");
    expect(Buffer.from(await new Response(old!.stream(CHUNK_BYTES - 2, CHUNK_BYTES + 1)).arrayBuffer()).equals(part)).toBe(true);
    expect((await store.read(stored, "original"))!.equals(bytes)).toBe(true);
  });

  it("answers null for unknown or malformed ids and tokens", async () => {
    expect(await getFile(database.db, "not-a-uuid")).toBeNull();
    expect(await getFile(database.db, crypto.randomUUID())).toBeNull();
    expect(await getFileByToken(database.db, "short")).toBeNull();
    expect(await getFileByToken(database.db, "A".repeat(43))).toBeNull();
  });
});
