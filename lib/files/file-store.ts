import "server-only";
import type { files } from "@/lib/db/schema";

export type FileRow = typeof files.$inferSelect;
export type NewFileRow = typeof files.$inferInsert & { id: string };
export type FileVariant = "original" | "thumbnail";

/**
 * Where file bytes live. `put` stores the bytes and inserts the row so that a failure leaves
 * neither behind; `read` answers null when the bytes are gone.
 */
export interface FileStore {
  readonly kind: FileRow["storage"];
  put(row: NewFileRow, bytes: Buffer, thumbnail: Buffer | null): Promise<FileRow>;
  read(file: FileRow, variant: FileVariant): Promise<Buffer | null>;
}
