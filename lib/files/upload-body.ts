import "server-only";
import { AppError, invalidInput } from "@/lib/errors";
import type { FileType } from "@/lib/inbox/types";
import { hardCapBytes, payloadTooLarge } from "./limits";

// Room for the multipart boundaries, part headers and the small `voice` field.
const MULTIPART_OVERHEAD = 64 * 1024;

export interface ParsedUpload {
  bytes: Buffer;
  claimedName: string | null;
  voice: boolean;
}

/** Reads the body up to `cap` bytes; past it, stops reading and throws 413. */
async function readCapped(req: Request, cap: number, tooLarge: () => AppError): Promise<Buffer> {
  if (!req.body) return Buffer.alloc(0);
  const chunks: Uint8Array[] = [];
  let total = 0;
  const reader = req.body.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > cap) {
      await reader.cancel().catch(() => {});
      throw tooLarge();
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}

/**
 * A multipart upload (`file`, optional `voice=1`), refused as early as possible: by
 * Content-Length before reading, then by counting bytes while reading.
 */
export async function readUpload(req: Request, limits: Record<FileType, number>): Promise<ParsedUpload> {
  const contentType = req.headers.get("content-type") ?? "";
  if (!/^multipart\/form-data/i.test(contentType)) throw invalidInput("Send the file as multipart/form-data in a field named file.");
  const cap = hardCapBytes(limits) + MULTIPART_OVERHEAD;
  const declared = Number(req.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > cap) throw payloadTooLarge(limits);
  const body = await readCapped(req, cap, () => payloadTooLarge(limits));
  let form: FormData;
  try {
    form = await new Response(new Uint8Array(body), { headers: { "content-type": contentType } }).formData();
  } catch {
    throw invalidInput("The upload could not be read as multipart/form-data.");
  }
  const file = form.get("file");
  if (!file || typeof file === "string") throw invalidInput("Attach a file in the field named file.", { file: "Attach a file." });
  if (file.size > hardCapBytes(limits)) throw payloadTooLarge(limits);
  const voice = ["1", "true"].includes(String(form.get("voice") ?? "").toLowerCase());
  return { bytes: Buffer.from(await file.arrayBuffer()), claimedName: file.name || null, voice };
}
