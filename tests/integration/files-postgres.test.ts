import postgres from "postgres";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import * as sample from "@/lib/files/test-samples";
import { startApp } from "../support/app-server";
import { createTestDatabase } from "../support/postgres";
import { signIn } from "../support/session";
import { ADMIN, bigPdf, FILE_LIMITS_MB, fetchPublic, MB, storedOnDisk, upload, type Session } from "../support/uploads";

describe("files with DATABASE_URL (PostgreSQL store)", () => {
  const s = {} as Session;
  let database: { url: string; drop: () => Promise<void> };
  let sql: postgres.Sql;
  beforeAll(async () => {
    database = await createTestDatabase();
    s.app = await startApp(3182, { DATABASE_URL: database.url, FILE_LIMITS_MB });
    s.cookie = await signIn(s.app.url, ...ADMIN);
    sql = postgres(database.url, { max: 1, onnotice: () => {} });
  });
  afterAll(async () => {
    await sql?.end();
    await s.app?.stop();
    await database?.drop();
  });

  it("stores the bytes in the database and serves them from there", async () => {
    const bytes = await sample.png(640, 640);
    const { status, body } = await upload(s, bytes, "foto.png");
    expect(status).toBe(201);
    const [row] = await sql`select f.storage, f.has_thumbnail, b.data, b.thumbnail is not null as thumb from files f join file_blobs b on b.file_id = f.id where f.id = ${body.fileId}`;
    expect(row.storage).toBe("database");
    expect(Buffer.from(row.data)).toEqual(bytes);
    expect([row.has_thumbnail, row.thumb]).toEqual([true, true]);
    expect(storedOnDisk(s.app)).toEqual([]);
    const res = await fetchPublic(s, body.file.url);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(bytes);
    expect((await fetchPublic(s, body.file.thumbUrl!)).status).toBe(200);
  });

  it("stores a file over 1 MiB in chunks and serves it, and ranges across chunks, from there", async () => {
    const bytes = bigPdf(1.5 * MB);
    const { status, body } = await upload(s, bytes, "grande.pdf");
    expect(status, JSON.stringify(body)).toBe(201);
    const [blob] = await sql`select data is null as chunked from file_blobs where file_id = ${body.fileId}`;
    const chunks = await sql`select seq, octet_length(data)::int as size from file_chunks where file_id = ${body.fileId} order by seq`;
    expect([blob.chunked, chunks.map((c) => [c.seq, c.size])]).toEqual([true, [[0, MB], [1, bytes.length - MB]]]);
    expect(Buffer.from(await (await fetchPublic(s, body.file.url)).arrayBuffer()).equals(bytes)).toBe(true);
    const [from, to] = [MB - 3, MB + 3];
    const part = await fetchPublic(s, body.file.url, { headers: { range: `bytes=${from}-${to}` } });
    expect([part.status, part.headers.get("content-range")]).toEqual([206, `bytes ${from}-${to}/${bytes.length}`]);
    expect(Buffer.from(await part.arrayBuffer()).equals(bytes.subarray(from, to + 1))).toBe(true);
  });

  it("still serves a large file stored whole in file_blobs before chunking", async () => {
    const bytes = bigPdf(1.5 * MB);
    const { body } = await upload(s, bytes, "vieja.pdf");
    // As an upload made before migration 0006 left it: all the bytes in one file_blobs row.
    await sql.begin(async (tx) => {
      await tx`update file_blobs set data = ${bytes} where file_id = ${body.fileId}`;
      await tx`delete from file_chunks where file_id = ${body.fileId}`;
    });
    expect(Buffer.from(await (await fetchPublic(s, body.file.url)).arrayBuffer()).equals(bytes)).toBe(true);
    const part = await fetchPublic(s, body.file.url, { headers: { range: "bytes=-4" } });
    expect([part.status, Buffer.from(await part.arrayBuffer()).equals(bytes.subarray(-4))]).toEqual([206, true]);
  });

  it("leaves no row and no blob when it refuses a file", async () => {
    const [{ count: before }] = await sql`select count(*)::int as count from files`;
    const { status } = await upload(s, sample.elf(), "photo.jpg");
    expect(status).toBe(422);
    const [{ count: after }] = await sql`select count(*)::int as count from files`;
    const [{ count: orphans }] = await sql`select count(*)::int as count from file_blobs b where not exists (select 1 from files f where f.id = b.file_id)`;
    expect([after, orphans]).toEqual([before, 0]);
  });
});
