import "server-only";
import { bufferBody, type FileBody } from "./body";
import type { FileRow } from "./file-store";

const INLINE = /^(image|video|audio)\//;

/** RFC 6266: an ASCII fallback plus the exact UTF-8 name. */
function contentDisposition(file: FileRow): string {
  const disposition = INLINE.test(file.mime) && file.type !== "contact" ? "inline" : "attachment";
  const ascii = file.name.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `${disposition}; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(file.name)}`;
}

/** Parses one `bytes=` range; null when absent or unusable (multiple ranges: send it all). */
export function parseRange(header: string | null, size: number): { start: number; end: number } | "unsatisfiable" | null {
  const match = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!match || (match[1] === "" && match[2] === "")) return null;
  let start: number;
  let end: number;
  if (match[1] === "") {
    start = Math.max(0, size - Number(match[2]));
    end = size - 1;
  } else {
    start = Number(match[1]);
    end = match[2] === "" ? size - 1 : Math.min(Number(match[2]), size - 1);
  }
  if (start >= size || start > end) return "unsatisfiable";
  return { start, end };
}

/**
 * The stored bytes with headers that keep them inert on our origin (no sniffing, sandboxed,
 * no scripts) and a single-range answer for media seeking. A FileBody is streamed: only the
 * range asked for is read, a piece at a time.
 */
export function fileResponse(req: Request, file: FileRow, content: Buffer | FileBody, variant: "original" | "thumbnail"): Response {
  const body = Buffer.isBuffer(content) ? bufferBody(content) : content;
  const headers = new Headers({
    "content-type": variant === "thumbnail" ? "image/jpeg" : file.mime === "text/plain" || file.mime === "text/csv" || file.mime === "text/vcard" ? `${file.mime}; charset=utf-8` : file.mime,
    "content-disposition": variant === "thumbnail" ? `inline; filename="thumbnail.jpg"` : contentDisposition(file),
    "x-content-type-options": "nosniff",
    "cache-control": "private, max-age=31536000, immutable",
    "content-security-policy": "default-src 'none'; sandbox",
    "accept-ranges": "bytes",
  });
  const range = parseRange(req.headers.get("range"), body.size);
  if (range === "unsatisfiable") {
    headers.set("content-range", `bytes */${body.size}`);
    return new Response(null, { status: 416, headers });
  }
  const { start, end } = range ?? { start: 0, end: body.size - 1 };
  headers.set("content-length", String(end - start + 1));
  if (range) headers.set("content-range", `bytes ${start}-${end}/${body.size}`);
  return new Response(req.method === "HEAD" ? null : body.stream(start, end), { status: range ? 206 : 200, headers });
}
