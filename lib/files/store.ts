import "server-only";
import { createHash, randomBytes, randomUUID } from "node:crypto";
import { eq } from "drizzle-orm";
import type { AppConfig } from "@/lib/config";
import type { Db } from "@/lib/db/client";
import { files } from "@/lib/db/schema";
import { databaseStore } from "./database-store";
import { detectFile } from "./detect";
import { diskStore } from "./disk-store";
import type { FileRow, FileStore, FileVariant } from "./file-store";
import { cleanFileName } from "./names";
import { makeThumbnail } from "./thumbnail";

export type { FileRow, FileStore, FileVariant } from "./file-store";

const TOKEN = /^[A-Za-z0-9_-]{43}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Where new files go: PostgreSQL when DATABASE_URL is set (several instances), else DATA_DIR. */
export function storeFor(db: Db, config: AppConfig): FileStore {
  return config.database.kind === "postgres" ? databaseStore(db) : diskStore(db, config.dataDir);
}

/** The bytes of a stored file, from wherever its row says they are. */
export function readStored(db: Db, config: AppConfig, file: FileRow, variant: FileVariant): Promise<Buffer | null> {
  const store = file.storage === "database" ? databaseStore(db) : diskStore(db, config.dataDir);
  return store.read(file, variant);
}

/** Stores bytes already judged safe, with a fresh id and an unguessable token. */
export async function storeFile(
  db: Db,
  config: AppConfig,
  input: { bytes: Buffer; thumbnail: Buffer | null; name: string; mime: string; type: FileRow["type"]; agentId: string | null },
): Promise<FileRow> {
  const store = storeFor(db, config);
  return store.put(
    {
      id: randomUUID(),
      token: randomBytes(32).toString("base64url"),
      name: input.name,
      mime: input.mime,
      type: input.type,
      size: input.bytes.length,
      sha256: createHash("sha256").update(input.bytes).digest("hex"),
      storage: store.kind,
      hasThumbnail: input.thumbnail !== null,
      uploadedBy: input.agentId,
    },
    input.bytes,
    input.thumbnail,
  );
}

/**
 * An agent's upload: judged from its content (type, limits, programs refused), given a clean
 * display name and, for images, a thumbnail; then stored. Throws an AppError with the reason.
 */
export async function saveUpload(
  db: Db,
  config: AppConfig,
  upload: { bytes: Buffer; claimedName: string | null; voice: boolean; agentId: string | null },
): Promise<FileRow> {
  const detected = await detectFile(upload.bytes, { voice: upload.voice, claimedName: upload.claimedName ?? undefined, limits: config.fileLimits });
  const thumbnail = detected.type === "image" ? await makeThumbnail(upload.bytes) : null;
  const name = upload.voice && (!upload.claimedName || upload.claimedName === "blob") ? `voice-note.${detected.ext}` : cleanFileName(upload.claimedName, detected.ext);
  return storeFile(db, config, { bytes: upload.bytes, thumbnail, name, mime: detected.mime, type: detected.type, agentId: upload.agentId });
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
