import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/lib/db/client";
import { fileBlobs, files } from "@/lib/db/schema";
import type { FileRow, FileStore, FileVariant, NewFileRow } from "./file-store";

/** Bytes in PostgreSQL (file_blobs), so every app instance on one database serves every file. */
export function databaseStore(db: Db): FileStore {
  return {
    kind: "database",
    async put(row: NewFileRow, bytes: Buffer, thumbnail: Buffer | null): Promise<FileRow> {
      // One transaction: the row never exists without its bytes, nor the bytes without the row.
      return db.transaction(async (tx) => {
        const [stored] = await tx.insert(files).values({ ...row, storage: "database" }).returning();
        await tx.insert(fileBlobs).values({ fileId: stored.id, data: bytes, thumbnail });
        return stored;
      });
    },
    async read(file: FileRow, variant: FileVariant): Promise<Buffer | null> {
      const column = variant === "thumbnail" ? fileBlobs.thumbnail : fileBlobs.data;
      const [blob] = await db.select({ bytes: column }).from(fileBlobs).where(eq(fileBlobs.fileId, file.id));
      return blob?.bytes ?? null;
    },
  };
}
