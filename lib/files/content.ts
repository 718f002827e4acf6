import "server-only";
import { createReadStream } from "node:fs";
import { open } from "node:fs/promises";
import type { FileTypeResult } from "file-type";

/** Enough for every magic number and for the XML check's 4 KB look at the start. */
const HEAD_BYTES = 4096;
/** How much of a text's start (after leading whitespace) the markup check looks at. */
const TEXT_START_CHARS = 1024;

/**
 * What content detection reads of an upload, without ever needing all of it in memory: its size,
 * its first bytes, its type by magic numbers, and whether it is text.
 */
export interface Content {
  size: number;
  head: Buffer;
  fileType(): Promise<FileTypeResult | undefined>;
  /**
   * For valid UTF-8 without NULs, its first characters after leading whitespace (what tells
   * markup apart); null for anything else.
   */
  textStart(): Promise<string | null>;
}

/** Decodes pieces as UTF-8 (fatal), answering null at the first invalid byte or NUL. */
async function textStartOf(pieces: AsyncIterable<Uint8Array> | Iterable<Uint8Array>): Promise<string | null> {
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let start = "";
  try {
    for await (const piece of pieces) {
      if (piece.includes(0)) return null;
      const text = decoder.decode(piece, { stream: true });
      // trimStart also drops a BOM; only the start is kept, so leading whitespace never piles up.
      if (start.length < TEXT_START_CHARS) start = (start + text).trimStart().slice(0, TEXT_START_CHARS);
    }
    const rest = decoder.decode();
    if (start.length < TEXT_START_CHARS) start = (start + rest).trimStart().slice(0, TEXT_START_CHARS);
    return start;
  } catch {
    return null;
  }
}

// file-type is ESM-only; a dynamic import keeps this module loadable from CommonJS builds.
const fileType = () => import("file-type");

export function bufferContent(bytes: Uint8Array): Content {
  return {
    size: bytes.length,
    head: Buffer.from(bytes.subarray(0, HEAD_BYTES)),
    fileType: async () => (await fileType()).fileTypeFromBuffer(bytes),
    textStart: () => textStartOf([bytes]),
  };
}

/**
 * A file on disk (an upload being received): file-type seeks in it for what it needs and the
 * text check streams it, so a 100 MB upload is never read into memory whole.
 */
export async function fileContent(path: string, size: number): Promise<Content> {
  const handle = await open(path, "r");
  const head = Buffer.alloc(Math.min(HEAD_BYTES, size));
  try {
    await handle.read(head, 0, head.length, 0);
  } finally {
    await handle.close();
  }
  return {
    size,
    head,
    fileType: async () => (await fileType()).fileTypeFromFile(path),
    textStart: () => textStartOf(createReadStream(path, { highWaterMark: 64 * 1024 })),
  };
}
