import "server-only";
import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Db } from "@/lib/db/client";
import { files } from "@/lib/db/schema";
import type { FileRow, FileStore, FileVariant, NewFileRow } from "./file-store";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** DATA_DIR/files/<first two characters of the id>/<id>[-thumb.jpg]: paths from ids, never names. */
export function diskPath(dataDir: string, fileId: string, variant: FileVariant): string {
  if (!UUID.test(fileId)) throw new Error("a file id must be a uuid");
  const name = variant === "thumbnail" ? `${fileId}-thumb.jpg` : fileId;
  return path.join(dataDir, "files", fileId.slice(0, 2), name);
}

// Written beside the target and renamed: a crash never leaves a partial file under the real name.
async function writeAtomically(target: string, bytes: Buffer): Promise<void> {
  const temp = `${target}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    await writeFile(temp, bytes, { flag: "wx", mode: 0o600 });
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/** Files under DATA_DIR: the embedded (single instance) default. */
export function diskStore(db: Db, dataDir: string): FileStore {
  return {
    kind: "disk",
    async put(row: NewFileRow, bytes: Buffer, thumbnail: Buffer | null): Promise<FileRow> {
      const original = diskPath(dataDir, row.id, "original");
      const thumb = diskPath(dataDir, row.id, "thumbnail");
      await mkdir(path.dirname(original), { recursive: true });
      try {
        await writeAtomically(original, bytes);
        if (thumbnail) await writeAtomically(thumb, thumbnail);
        const [stored] = await db.insert(files).values({ ...row, storage: "disk" }).returning();
        return stored;
      } catch (error) {
        await Promise.all([rm(original, { force: true }), rm(thumb, { force: true })]);
        throw error;
      }
    },
    async read(file: FileRow, variant: FileVariant): Promise<Buffer | null> {
      try {
        return await readFile(diskPath(dataDir, file.id, variant));
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
        throw error;
      }
    },
  };
}
