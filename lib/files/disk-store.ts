import "server-only";
import { randomBytes } from "node:crypto";
import { copyFile, mkdir, open, rename, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Db } from "@/lib/db/client";
import { files } from "@/lib/db/schema";
import { pieceBody, readAll, type FileBody } from "./body";
import type { FileContent, FileRow, FileStore, FileVariant, NewFileRow } from "./file-store";

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const PIECE_BYTES = 256 * 1024;

/** DATA_DIR/files/<first two characters of the id>/<id>[-thumb.jpg]: paths from ids, never names. */
export function diskPath(dataDir: string, fileId: string, variant: FileVariant): string {
  if (!UUID.test(fileId)) throw new Error("a file id must be a uuid");
  const name = variant === "thumbnail" ? `${fileId}-thumb.jpg` : fileId;
  return path.join(dataDir, "files", fileId.slice(0, 2), name);
}

// Written beside the target and renamed: a crash never leaves a partial file under the real name.
async function writeAtomically(target: string, content: FileContent): Promise<void> {
  if (!Buffer.isBuffer(content)) {
    try {
      // The upload was received under DATA_DIR: on the same filesystem, a rename moves it in.
      return await rename(content.path, target);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== "EXDEV") throw error;
    }
  }
  const temp = `${target}.${randomBytes(6).toString("hex")}.tmp`;
  try {
    if (Buffer.isBuffer(content)) await writeFile(temp, content, { flag: "wx", mode: 0o600 });
    else await copyFile(content.path, temp);
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

async function openFile(filePath: string): Promise<FileBody | null> {
  let size: number;
  try {
    size = (await stat(filePath)).size;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw error;
  }
  return pieceBody(size, PIECE_BYTES, async () => {
    const handle = await open(filePath, "r");
    return {
      async read(index) {
        const piece = Buffer.allocUnsafe(Math.max(0, Math.min(PIECE_BYTES, size - index * PIECE_BYTES)));
        let filled = 0;
        while (filled < piece.length) {
          const { bytesRead } = await handle.read(piece, filled, piece.length - filled, index * PIECE_BYTES + filled);
          if (bytesRead === 0) break;
          filled += bytesRead;
        }
        return piece.subarray(0, filled);
      },
      close: () => handle.close(),
    };
  });
}

/** Files under DATA_DIR: the embedded (single instance) default. */
export function diskStore(db: Db, dataDir: string): FileStore {
  const store: FileStore = {
    kind: "disk",
    async put(row: NewFileRow, content: FileContent, thumbnail: Buffer | null): Promise<FileRow> {
      const original = diskPath(dataDir, row.id, "original");
      const thumb = diskPath(dataDir, row.id, "thumbnail");
      await mkdir(path.dirname(original), { recursive: true });
      try {
        await writeAtomically(original, content);
        if (thumbnail) await writeAtomically(thumb, thumbnail);
        const [stored] = await db.insert(files).values({ ...row, storage: "disk" }).returning();
        return stored;
      } catch (error) {
        await Promise.all([rm(original, { force: true }), rm(thumb, { force: true })]);
        throw error;
      }
    },
    open: (file, variant) => openFile(diskPath(dataDir, file.id, variant)),
    async read(file, variant) {
      const body = await store.open(file, variant);
      return body && readAll(body);
    },
  };
  return store;
}

/** Removes a file's bytes after its row is gone; bytes already missing are fine. */
export async function removeFromDisk(dataDir: string, fileId: string): Promise<void> {
  await Promise.all([rm(diskPath(dataDir, fileId, "original"), { force: true }), rm(diskPath(dataDir, fileId, "thumbnail"), { force: true })]);
}
