import "server-only";
import { createHash, randomBytes } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdir, rm } from "node:fs/promises";
import path from "node:path";
import { Readable, Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { ReadableStream as NodeWebStream } from "node:stream/web";
import Busboy from "busboy";
import { AppError, invalidInput } from "@/lib/errors";
import type { FileType } from "@/lib/inbox/types";
import { hardCapBytes, payloadTooLarge } from "./limits";

// Room for the multipart boundaries, part headers and the small `voice` field.
const MULTIPART_OVERHEAD = 64 * 1024;

/** An upload received into a temporary file; whoever gets it removes the file (discardStaged). */
export interface StagedUpload {
  path: string;
  size: number;
  sha256: string;
  claimedName: string | null;
  voice: boolean;
}

/** Where uploads are received: under DATA_DIR, so the disk store moves them in with a rename. */
export function uploadTempDir(dataDir: string): string {
  return path.join(dataDir, "tmp", "uploads");
}

export async function discardStaged(upload: { path: string }): Promise<void> {
  await rm(upload.path, { force: true });
}

const unreadable = () => invalidInput("The upload could not be read as multipart/form-data.");

/** Counts the raw body and fails past `cap`: a body of anything but the file is bounded too. */
function byteCounter(cap: number, tooLarge: () => AppError): Transform {
  let total = 0;
  return new Transform({
    transform(chunk: Buffer, _encoding, done) {
      total += chunk.length;
      done(total > cap ? tooLarge() : null, chunk);
    },
  });
}

/** Hashes and counts the file part as it passes on its way to the disk. */
function digest() {
  const hash = createHash("sha256");
  const state = { size: 0, sha256: "" };
  const stream = new Transform({
    transform(chunk: Buffer, _encoding, done) {
      hash.update(chunk);
      state.size += chunk.length;
      done(null, chunk);
    },
    flush(done) {
      state.sha256 = hash.digest("hex");
      done();
    },
  });
  return { stream, state };
}

/**
 * A multipart upload (`file`, optional `voice=1`), streamed into a temporary file under
 * `tempDir` (mode 0600) while it is hashed, so memory stays flat whatever the size. Refused as
 * early as possible: by Content-Length before reading, then by counting bytes while reading
 * (413, and the partial file is removed).
 */
export async function readUpload(req: Request, limits: Record<FileType, number>, tempDir: string): Promise<StagedUpload> {
  const contentType = req.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data/i.test(contentType)) throw invalidInput("Send the file as multipart/form-data in a field named file.");
  const fileCap = hardCapBytes(limits);
  const declared = Number(req.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > fileCap + MULTIPART_OVERHEAD) throw payloadTooLarge(limits);

  let parser: Busboy.Busboy;
  try {
    // defParamCharset: browsers send the file name as raw UTF-8 in `filename="…"`.
    parser = Busboy({ headers: { "content-type": contentType }, defParamCharset: "utf8", limits: { files: 1, fileSize: fileCap, fields: 8, fieldSize: 1024, parts: 16 } });
  } catch {
    throw unreadable();
  }
  await mkdir(tempDir, { recursive: true, mode: 0o700 });
  const tempPath = path.join(tempDir, `${randomBytes(16).toString("hex")}.part`);
  const abort = new AbortController();
  // Set when the file passes the limit: what the request is answered, whatever else then fails.
  let failure: AppError | null = null;

  let voice = false;
  let claimedName: string | null = null;
  let written: Promise<{ size: number; sha256: string }> | null = null;
  parser.on("field", (name, value) => {
    if (name === "voice") voice = ["1", "true"].includes(value.toLowerCase());
  });
  parser.on("file", (name, stream, info) => {
    if (name !== "file" || written) return void stream.resume();
    claimedName = info.filename || null;
    stream.on("limit", () => {
      failure ??= payloadTooLarge(limits);
      // Aborted after the current tick: busboy still touches the part's stream right after emitting this.
      process.nextTick(() => abort.abort(failure));
    });
    const { stream: hashing, state } = digest();
    written = pipeline(stream, hashing, createWriteStream(tempPath, { flags: "wx", mode: 0o600 }), { signal: abort.signal }).then(() => state);
    // Seen here so an early failure is never unhandled; awaited below.
    written.catch(() => {});
  });

  try {
    if (!req.body) throw unreadable();
    const body = Readable.fromWeb(req.body as unknown as NodeWebStream<Uint8Array>);
    await pipeline(body, byteCounter(fileCap + MULTIPART_OVERHEAD, () => payloadTooLarge(limits)), parser, { signal: abort.signal });
    if (!written) throw invalidInput("Attach a file in the field named file.", { file: "Attach a file." });
    const { size, sha256 } = await (written as Promise<{ size: number; sha256: string }>);
    if (failure) throw failure;
    return { path: tempPath, size, sha256, claimedName, voice };
  } catch (error) {
    // Stop the file's writer and let it close before removing what it wrote.
    abort.abort();
    await (written as Promise<unknown> | null)?.catch(() => {});
    await rm(tempPath, { force: true });
    if (failure) throw failure;
    if (error instanceof AppError) throw error;
    if (isStorageError(error)) throw new AppError("storage_unavailable", 503, "The file could not be stored right now. Try again in a moment.");
    // A malformed body or a client that went away mid-upload.
    throw unreadable();
  }
}

function isStorageError(error: unknown): boolean {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  return typeof code === "string" && ["ENOSPC", "EDQUOT", "EACCES", "EROFS", "EIO", "EMFILE"].includes(code);
}
