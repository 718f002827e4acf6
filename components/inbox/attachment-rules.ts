import type { FileType } from "@/lib/inbox/types";

const MB = 1024 * 1024;

/** The largest upload per file type, in bytes: the server's configuration (FILE_LIMITS_MB). */
export type FileLimits = Record<FileType, number>;
type UploadType = Exclude<FileType, "contact">;

const LABELS: Record<UploadType, string> = {
  image: "Images",
  video: "Videos",
  audio: "Audio files",
  voice: "Voice notes",
  document: "Documents",
};

/** Extensions that are programs whatever their claimed type: never worth uploading. */
const EXECUTABLE = /\.(exe|msi|bat|cmd|com|scr|ps1|sh|dll|apk|jar|app|dmg)$/i;

export interface FileLike {
  name: string;
  size: number;
  type: string;
}

/** The kind of file the browser claims it is; the server checks the real content. */
export function guessFileType(file: Pick<FileLike, "type">, voice = false): UploadType {
  if (voice) return "voice";
  const mime = file.type.toLowerCase();
  if (mime.startsWith("image/")) return "image";
  if (mime.startsWith("video/")) return "video";
  if (mime.startsWith("audio/")) return "audio";
  return "document";
}

function megabytes(bytes: number): string {
  const mb = bytes / MB;
  return `${mb >= 10 ? Math.round(mb) : Math.max(0.1, Math.round(mb * 10) / 10)} MB`;
}

/**
 * Why this file cannot be sent, when the browser can already tell; null when it may be tried.
 * Sizes are checked against the server's limits when known; the server decides in any case.
 */
export function attachmentProblem(file: FileLike, limits: FileLimits | null, voice = false): string | null {
  if (file.size === 0) return `"${file.name}" is empty: there is nothing to send.`;
  if (EXECUTABLE.test(file.name)) return `"${file.name}" is a program; programs cannot be sent.`;
  const type = guessFileType(file, voice);
  const limit = limits?.[type];
  if (limit !== undefined && file.size > limit)
    return `${LABELS[type]} can be at most ${megabytes(limit)}; "${file.name}" is ${megabytes(file.size)}.`;
  return null;
}

/** The first file of a drop or paste (one attachment per message, as the provider sends them). */
export function firstFile(list: FileList | readonly File[] | null | undefined): File | null {
  if (!list || list.length === 0) return null;
  return list[0] ?? null;
}
