import "server-only";
import { open, readFile } from "node:fs/promises";
import { and, eq, sql } from "drizzle-orm";
import type { Db, DbExecutor } from "@/lib/db/client";
import { fileBlobs, fileChunks, files } from "@/lib/db/schema";
import { bufferBody, pieceBody, readAll, type FileBody } from "./body";
import type { FileContent, FileRow, FileStore, FileVariant, NewFileRow } from "./file-store";
import { postgresClient, putChunkedWithCopy } from "./postgres-copy";

/** The size of a file_chunks row (see the schema: every chunk is full but the last). */
export const CHUNK_BYTES = 1024 * 1024;
/**
 * What one query reads when serving: postgres-js receives bytea as hex text, and text under
 * 128 KB stays in V8's young generation, collected within moments. Whole 1 MiB chunks (2 MB of
 * hex each) waited for a full collection and raised the memory of a download by up to 100 MB.
 */
const SLICE_BYTES = 32 * 1024;

/** Copies a received upload into file_chunks one chunk at a time, in the caller's transaction. */
async function writeChunks(tx: DbExecutor, fileId: string, upload: { path: string; size: number }): Promise<void> {
  const handle = await open(upload.path, "r");
  try {
    for (let seq = 0; seq * CHUNK_BYTES < upload.size; seq++) {
      const chunk = Buffer.allocUnsafe(Math.min(CHUNK_BYTES, upload.size - seq * CHUNK_BYTES));
      let filled = 0;
      while (filled < chunk.length) {
        const { bytesRead } = await handle.read(chunk, filled, chunk.length - filled, seq * CHUNK_BYTES + filled);
        if (bytesRead === 0) throw new Error("the upload's temporary file is shorter than it was");
        filled += bytesRead;
      }
      await tx.insert(fileChunks).values({ fileId, seq, data: chunk });
    }
  } finally {
    await handle.close();
  }
}

/**
 * Bytes in PostgreSQL (file_blobs, file_chunks), so every app instance on one database serves
 * every file. A file of up to one chunk stays a single file_blobs row.
 */
export function databaseStore(db: Db): FileStore {
  const store: FileStore = {
    kind: "database",
    async put(row: NewFileRow, content: FileContent, thumbnail: Buffer | null): Promise<FileRow> {
      const small = Buffer.isBuffer(content) ? content : content.size <= CHUNK_BYTES ? await readFile(content.path) : null;
      const client = postgresClient(db);
      if (!small && !Buffer.isBuffer(content) && client) {
        await putChunkedWithCopy(client, row, content, thumbnail, CHUNK_BYTES);
        const [stored] = await db.select().from(files).where(eq(files.id, row.id));
        return stored;
      }
      // One transaction: the row never exists without its bytes, nor the bytes without the row.
      return db.transaction(async (tx) => {
        const [stored] = await tx.insert(files).values({ ...row, storage: "database" }).returning();
        await tx.insert(fileBlobs).values({ fileId: stored.id, data: small, thumbnail });
        if (!small && !Buffer.isBuffer(content)) await writeChunks(tx, stored.id, content);
        return stored;
      });
    },
    async open(file: FileRow, variant: FileVariant): Promise<FileBody | null> {
      if (variant === "thumbnail") {
        const [blob] = await db.select({ bytes: fileBlobs.thumbnail }).from(fileBlobs).where(eq(fileBlobs.fileId, file.id));
        return blob?.bytes ? bufferBody(blob.bytes) : null;
      }
      // Only a small `data` is fetched here; a large one (written before chunking) is read in slices.
      const [blob] = await db
        .select({
          size: sql<number | null>`octet_length(${fileBlobs.data})`.mapWith(Number),
          small: sql<Buffer | null>`case when octet_length(${fileBlobs.data}) <= ${CHUNK_BYTES} then ${fileBlobs.data} end`.mapWith(fileBlobs.data),
        })
        .from(fileBlobs)
        .where(eq(fileBlobs.fileId, file.id));
      if (!blob) return null;
      if (blob.small) return bufferBody(blob.small);
      if (blob.size !== null) return pieceBody(blob.size, CHUNK_BYTES, async () => ({ read: (index) => blobSlice(db, file.id, index) }));
      return pieceBody(file.size, SLICE_BYTES, async () => ({ read: (index) => chunkSlice(db, file.id, index) }));
    },
    async read(file, variant) {
      const body = await store.open(file, variant);
      return body && readAll(body);
    },
  };
  return store;
}

/**
 * Piece `index` (SLICE_BYTES long) of a chunked file: a slice of one chunk. file_chunks.data is
 * stored uncompressed (migration 0006), so PostgreSQL reads only the slice's TOAST pieces.
 */
async function chunkSlice(db: Db, fileId: string, index: number): Promise<Buffer> {
  const offset = index * SLICE_BYTES;
  const seq = Math.floor(offset / CHUNK_BYTES);
  const [row] = await db
    .select({ data: sql<Buffer>`substring(${fileChunks.data} from ${(offset % CHUNK_BYTES) + 1} for ${SLICE_BYTES})`.mapWith(fileChunks.data) })
    .from(fileChunks)
    .where(and(eq(fileChunks.fileId, fileId), eq(fileChunks.seq, seq)));
  if (!row?.data) throw new Error(`chunk ${seq} of a stored file is missing`);
  return row.data;
}

async function blobSlice(db: Db, fileId: string, index: number): Promise<Buffer> {
  const [row] = await db
    .select({ data: sql<Buffer>`substring(${fileBlobs.data} from ${index * CHUNK_BYTES + 1} for ${CHUNK_BYTES})`.mapWith(fileBlobs.data) })
    .from(fileBlobs)
    .where(eq(fileBlobs.fileId, fileId));
  if (!row?.data) throw new Error("a stored file's bytes are missing");
  return row.data;
}
