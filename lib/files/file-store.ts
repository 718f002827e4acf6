import "server-only";
import type { files } from "@/lib/db/schema";
import type { FileBody } from "./body";

export type FileRow = typeof files.$inferSelect;
export type NewFileRow = typeof files.$inferInsert & { id: string };
export type FileVariant = "original" | "thumbnail";

/**
 * What to store: bytes in memory (small generated files such as contact cards), or an upload
 * already received into a temporary file under DATA_DIR, which the store moves or copies in.
 */
export type FileContent = Buffer | { path: string; size: number };

/**
 * Where file bytes live. `put` stores the bytes and inserts the row so that a failure leaves
 * neither behind; `open` answers a streamable body (null when the bytes are gone), so serving
 * a large file never holds all of it; `read` is the whole of it, for small files and tests.
 */
export interface FileStore {
  readonly kind: FileRow["storage"];
  put(row: NewFileRow, content: FileContent, thumbnail: Buffer | null): Promise<FileRow>;
  open(file: FileRow, variant: FileVariant): Promise<FileBody | null>;
  read(file: FileRow, variant: FileVariant): Promise<Buffer | null>;
}
