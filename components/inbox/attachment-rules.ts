import type { FileType } from "@/lib/inbox/types";
import type { Translate } from "@/lib/i18n/translator";

const MB = 1024 * 1024;

/** The largest upload per file type, in bytes: the server's configuration (FILE_LIMITS_MB). */
export type FileLimits = Record<FileType, number>;
type UploadType = Exclude<FileType, "contact">;

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

/** The words of the problems: the composer's translator and the agent's Intl locale (for "1,5 Mo"). */
export interface ProblemWords {
  t: Translate<"composer.problem">;
  locale: string;
}

function megabytes(bytes: number, { t, locale }: ProblemWords): string {
  const mb = bytes / MB;
  const value = mb >= 10 ? Math.round(mb) : Math.max(0.1, Math.round(mb * 10) / 10);
  return t("megabytes", { size: new Intl.NumberFormat(locale, { maximumFractionDigits: 1, useGrouping: false }).format(value) });
}

/**
 * Why this file cannot be sent, when the browser can already tell; null when it may be tried.
 * Sizes are checked against the server's limits when known; the server decides in any case.
 */
export function attachmentProblem(file: FileLike, limits: FileLimits | null, words: ProblemWords, voice = false): string | null {
  const { t } = words;
  if (file.size === 0) return t("fileEmpty", { name: file.name });
  if (EXECUTABLE.test(file.name)) return t("fileProgram", { name: file.name });
  const type = guessFileType(file, voice);
  const limit = limits?.[type];
  if (limit !== undefined && file.size > limit)
    return t("fileTooBig", { type, limit: megabytes(limit, words), name: file.name, size: megabytes(file.size, words) });
  return null;
}

/** The first file of a drop or paste (one attachment per message, as the provider sends them). */
export function firstFile(list: FileList | readonly File[] | null | undefined): File | null {
  if (!list || list.length === 0) return null;
  return list[0] ?? null;
}
