import "server-only";
import { AppError } from "@/lib/errors";
import type { FileType } from "@/lib/inbox/types";
import { bufferContent, fileContent, type Content } from "./content";
import { checkSizeLimit } from "./limits";

/** What an upload really is, judged from its bytes; never from its name or the browser's claim. */
export interface DetectedFile {
  type: Exclude<FileType, "contact">;
  mime: string;
  /** The extension the display name must carry, without the dot. */
  ext: string;
}

type Kind = "image" | "video" | "audio" | "document";

// Only formats every Afilnet platform plays or opens; anything else is refused, not guessed.
// `mime` renames a type to the name players know best.
const ALLOWED: Record<string, { kind: Kind; ext: string; voice?: boolean; mime?: string }> = {
  "image/jpeg": { kind: "image", ext: "jpg" },
  "image/png": { kind: "image", ext: "png" },
  "image/gif": { kind: "image", ext: "gif" },
  "image/webp": { kind: "image", ext: "webp" },
  "video/mp4": { kind: "video", ext: "mp4", voice: true },
  "video/webm": { kind: "video", ext: "webm", voice: true },
  "video/quicktime": { kind: "video", ext: "mov" },
  "audio/mpeg": { kind: "audio", ext: "mp3" },
  "audio/ogg": { kind: "audio", ext: "ogg", voice: true },
  "audio/ogg; codecs=opus": { kind: "audio", ext: "opus", voice: true },
  "audio/opus": { kind: "audio", ext: "opus", voice: true },
  "audio/mp4": { kind: "audio", ext: "m4a", voice: true },
  "audio/x-m4a": { kind: "audio", ext: "m4a", voice: true, mime: "audio/mp4" },
  "audio/aac": { kind: "audio", ext: "aac" },
  "audio/wav": { kind: "audio", ext: "wav" },
  "audio/webm": { kind: "audio", ext: "webm", voice: true },
  "application/pdf": { kind: "document", ext: "pdf" },
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": { kind: "document", ext: "docx" },
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": { kind: "document", ext: "xlsx" },
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": { kind: "document", ext: "pptx" },
  "application/vnd.oasis.opendocument.text": { kind: "document", ext: "odt" },
  "application/vnd.oasis.opendocument.spreadsheet": { kind: "document", ext: "ods" },
  "application/vnd.oasis.opendocument.presentation": { kind: "document", ext: "odp" },
};

const PROGRAM_MIMES = new Set(["application/x-elf", "application/x-mach-binary", "application/x-msdownload", "application/java-vm", "application/java-archive", "application/wasm", "application/x-sh"]);

const refuse = (message: string) => new AppError("file_type_not_allowed", 422, message);
const programRefusal = () =>
  refuse("This kind of file can't be sent: it is a program or a script, which could harm whoever opens it.");
const markupRefusal = () => refuse("This kind of file can't be sent: web pages and SVG images can carry scripts.");

/** Programs and scripts, by their first bytes, whatever name they carry. */
export function looksLikeProgram(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 4));
  if (head.subarray(0, 2).toString("latin1") === "MZ") return true;
  if (head.subarray(0, 2).toString("latin1") === "#!") return true;
  const magic = head.length === 4 ? head.readUInt32BE(0) : 0;
  return [0x7f454c46, 0xfeedface, 0xfeedfacf, 0xcefaedfe, 0xcffaedfe, 0xcafebabe, 0x0061736d].includes(magic);
}

/** Markup a browser would run (HTML, SVG, XML with scripts): refused rather than sanitised. */
function looksLikeMarkup(text: string): boolean {
  const start = text.replace(/^\uFEFF/, "").trimStart().slice(0, 1024).toLowerCase();
  return /^<(!doctype|html|head|body|script|svg|\?xml|iframe|!--)/.test(start) || /<(script|svg|html)[\s>/]/.test(start);
}

/**
 * Chooses the Afilnet `type` from the content and enforces the limits; throws an AppError (422)
 * with a reason fit to show. `voice` is the client saying "recorded in the browser".
 */
export function detectFile(bytes: Uint8Array, options: DetectOptions): Promise<DetectedFile> {
  return judge(bufferContent(bytes), options);
}

/** The same judgement for an upload received into a file: read in pieces, never whole. */
export async function detectStoredFile(path: string, size: number, options: DetectOptions): Promise<DetectedFile> {
  return judge(size === 0 ? bufferContent(new Uint8Array(0)) : await fileContent(path, size), options);
}

interface DetectOptions {
  voice: boolean;
  claimedName?: string;
  limits: Record<FileType, number>;
}

async function judge(content: Content, options: DetectOptions): Promise<DetectedFile> {
  if (content.size === 0) throw new AppError("file_empty", 422, "The file is empty.");
  if (looksLikeProgram(content.head)) throw programRefusal();
  const found = await content.fileType();
  if (found?.mime === "application/xml" && looksLikeMarkup(new TextDecoder().decode(content.head))) throw markupRefusal();
  const detected = found ? fromMime(found.mime, options.voice) : await fromText(content, options.claimedName);
  checkSizeLimit(detected.type, content.size, options.limits);
  return detected;
}

function fromMime(mime: string, voice: boolean): DetectedFile {
  if (PROGRAM_MIMES.has(mime)) throw programRefusal();
  const allowed = ALLOWED[mime];
  if (!allowed) throw refuse(`This kind of file can't be sent: ${mime} is not one of the allowed images, videos, audio files or documents.`);
  if (voice) {
    if (!allowed.voice) throw refuse(`This kind of file can't be sent as a voice note: ${mime} is not a recorded audio format (WebM, Ogg, Opus or MP4 audio).`);
    const voiceMime = (allowed.mime ?? mime).replace(/^video\//, "audio/");
    return { type: "voice", mime: voiceMime === "audio/ogg; codecs=opus" ? "audio/ogg" : voiceMime, ext: allowed.ext };
  }
  return { type: allowed.kind, mime: allowed.mime ?? mime, ext: allowed.ext };
}

async function fromText(content: Content, claimedName?: string): Promise<DetectedFile> {
  // Valid UTF-8 without NULs: plain text or CSV.
  const text = await content.textStart();
  if (text === null) throw refuse("This kind of file can't be sent: its content is not an allowed image, video, audio file or document.");
  if (looksLikeMarkup(text)) throw markupRefusal();
  // The name only picks between two flavours of the same harmless text.
  const csv = /\.csv$/i.test(claimedName ?? "");
  return { type: "document", mime: csv ? "text/csv" : "text/plain", ext: csv ? "csv" : "txt" };
}
