import "server-only";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { AppConfig } from "@/lib/config";
import type { Db } from "@/lib/db/client";
import { files } from "@/lib/db/schema";
import { databaseStore } from "./database-store";
import type { FileBody } from "./body";
import { detectStoredFile } from "./detect";
import { diskStore } from "./disk-store";
import type { FileRow, FileStore, FileVariant } from "./file-store";
import { cleanFileName } from "./names";
import { makeThumbnail } from "./thumbnail";
import { discardStaged, type StagedUpload } from "./upload-body";

export type { FileRow, FileStore, FileVariant } from "./file-store";

const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Where new files go: PostgreSQL when DATABASE_URL is set (several instances), else DATA_DIR. */
export function storeFor(db: Db, config: AppConfig): FileStore {
  return config.database.kind === "postgres" ? databaseStore(db) : diskStore(db, config.dataDir);
}

function storeOf(db: Db, config: AppConfig, file: FileRow): FileStore {
  return file.storage === "database" ? databaseStore(db) : diskStore(db, config.dataDir);
}

/** A stored file as a streamable body, from wherever its row says it is; null when gone. */
export function openStored(db: Db, config: AppConfig, file: FileRow, variant: FileVariant): Promise<FileBody | null> {
  return storeOf(db, config, file).open(file, variant);
}

/** The whole of a stored file, for small files and tests; serving streams with openStored. */
export function readStored(db: Db, config: AppConfig, file: FileRow, variant: FileVariant): Promise<Buffer | null> {
  return storeOf(db, config, file).read(file, variant);
}

interface Judged {
  thumbnail: Buffer | null;
  name: string;
  mime: string;
  type: FileRow["type"];
  agentId: string | null;
}

function newRow(store: FileStore, input: Judged, size: number, sha256: string) {
  return {
    id: randomUUID(),
    token: randomBytes(32).toString("base64url"),
    name: input.name,
    mime: input.mime,
    type: input.type,
    size,
    sha256,
    storage: store.kind,
    hasThumbnail: input.thumbnail !== null,
    uploadedBy: input.agentId,
  };
}

/** Stores bytes already judged safe (a generated file), with a fresh id and an unguessable token. */
export async function storeFile(db: Db, config: AppConfig, input: Judged & { bytes: Buffer }): Promise<FileRow> {
  const store = storeFor(db, config);
  const sha256 = createHash("sha256").update(input.bytes).digest("hex");
  return store.put(newRow(store, input, input.bytes.length, sha256), input.bytes, input.thumbnail);
}

/**
 * An agent's upload, received into a temporary file: judged from its content (type, limits,
 * programs refused), given a clean display name and, for images, a thumbnail; then moved or
 * copied into the store. The temporary file is gone afterwards, stored or refused. Throws an
 * AppError with the reason.
 */
export async function saveUpload(db: Db, config: AppConfig, upload: StagedUpload & { agentId: string | null }): Promise<FileRow> {
  try {
    const detected = await detectStoredFile(upload.path, upload.size, { voice: upload.voice, claimedName: upload.claimedName ?? undefined, limits: config.fileLimits });
    const thumbnail = detected.type === "image" ? await makeThumbnail(upload.path) : null;
    const name = upload.voice && (!upload.claimedName || upload.claimedName === "blob") ? `voice-note.${detected.ext}` : cleanFileName(upload.claimedName, detected.ext);
    const store = storeFor(db, config);
    const judged = { thumbnail, name, mime: detected.mime, type: detected.type, agentId: upload.agentId };
    return await store.put(newRow(store, judged, upload.size, upload.sha256), { path: upload.path, size: upload.size }, thumbnail);
  } finally {
    await discardStaged(upload);
  }
}

export async function getFile(db: Db, fileId: string): Promise<FileRow | null> {
  if (!UUID.test(fileId)) return null;
  const [row] = await db.select().from(files).where(eq(files.id, fileId));
  return row ?? null;
}

export async function getFileByToken(db: Db, token: string): Promise<FileRow | null> {
  if (!TOKEN.test(token)) return null;
  const [row] = await db.select().from(files).where(eq(files.token, token));
  return row ?? null;
}
