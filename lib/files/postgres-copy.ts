import "server-only";
import { open } from "node:fs/promises";
import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Sql, TransactionSql } from "postgres";
import type { Db } from "@/lib/db/client";
import type { NewFileRow } from "./file-store";

// COPY's binary format: signature, flags, header extension length; each tuple its field count
// and length-prefixed fields; -1 at the end.
const SIGNATURE = Buffer.from("PGCOPY\n\xff\r\n\0", "latin1");
const WRITE_BYTES = 64 * 1024;

/** The postgres-js client behind a Drizzle database; null for PGlite (which stores chunks with inserts). */
export function postgresClient(db: Db): Sql | null {
  const client = (db as unknown as { $client?: Partial<Sql> }).$client;
  return client && typeof client.begin === "function" && typeof client.unsafe === "function" ? (client as Sql) : null;
}

function tuple(fileId: string, seq: number, length: number): Buffer {
  const head = Buffer.alloc(2 + 4 + 16 + 4 + 4 + 4);
  head.writeInt16BE(3, 0);
  head.writeInt32BE(16, 2);
  Buffer.from(fileId.replace(/-/g, ""), "hex").copy(head, 6);
  head.writeInt32BE(4, 22);
  head.writeInt32BE(seq, 26);
  head.writeInt32BE(length, 30);
  return head;
}

async function* copyData(fileId: string, upload: { path: string; size: number }, chunkBytes: number): AsyncGenerator<Buffer> {
  yield Buffer.concat([SIGNATURE, Buffer.alloc(8)]);
  const handle = await open(upload.path, "r");
  try {
    for (let seq = 0; seq * chunkBytes < upload.size; seq++) {
      const start = seq * chunkBytes;
      const length = Math.min(chunkBytes, upload.size - start);
      yield tuple(fileId, seq, length);
      for (let done = 0; done < length; ) {
        const piece = Buffer.allocUnsafe(Math.min(WRITE_BYTES, length - done));
        const { bytesRead } = await handle.read(piece, 0, piece.length, start + done);
        if (bytesRead === 0) throw new Error("the upload's temporary file is shorter than it was");
        yield piece.subarray(0, bytesRead);
        done += bytesRead;
      }
    }
  } finally {
    await handle.close();
  }
  const end = Buffer.alloc(2);
  end.writeInt16BE(-1, 0);
  yield end;
}

/**
 * Stores a large upload on PostgreSQL in one transaction: the files row, its file_blobs row
 * (thumbnail only) and its chunks through COPY … (FORMAT binary) in 64 KB writes. Inserting
 * 1 MiB bytea parameters instead makes postgres-js build each as 2 MB of hex text plus copies,
 * garbage that raised the server's memory by over 100 MB per 100 MB upload.
 */
export async function putChunkedWithCopy(
  client: Sql,
  row: NewFileRow,
  upload: { path: string; size: number },
  thumbnail: Buffer | null,
  chunkBytes: number,
): Promise<void> {
  await client.begin(async (sql: TransactionSql) => {
    await sql`
      insert into files (id, token, name, mime, type, size, sha256, storage, has_thumbnail, uploaded_by)
      values (${row.id}, ${row.token}, ${row.name}, ${row.mime}, ${row.type}, ${row.size}, ${row.sha256}, 'database', ${row.hasThumbnail ?? false}, ${row.uploadedBy ?? null})`;
    await sql`insert into file_blobs (file_id, data, thumbnail) values (${row.id}, null, ${thumbnail})`;
    const writable = await sql`copy file_chunks (file_id, seq, data) from stdin with (format binary)`.writable();
    await pipeline(Readable.from(copyData(row.id, upload, chunkBytes)), writable);
  });
}
