import { AppError } from "@/lib/errors";
import type { FileType } from "@/lib/inbox/types";

const LABELS: Record<FileType, string> = {
  image: "Images",
  video: "Videos",
  audio: "Audio files",
  voice: "Voice notes",
  document: "Documents",
  contact: "Contact cards",
};

/** "16 MB", "1.5 MB", "0.2 MB": one decimal below 10 MB, whole numbers above. */
export function formatMegabytes(bytes: number): string {
  const mb = bytes / (1024 * 1024);
  const rounded = mb >= 10 ? Math.round(mb) : Math.max(0.1, Math.round(mb * 10) / 10);
  return `${rounded} MB`;
}

/** The largest upload any type allows: what the route reads before it knows the type. */
export function hardCapBytes(limits: Record<FileType, number>): number {
  return Math.max(...Object.values(limits));
}

/** Throws a 422 naming the type's limit when `size` is over it. */
export function checkSizeLimit(type: FileType, size: number, limits: Record<FileType, number>): void {
  const limit = limits[type];
  if (size <= limit) return;
  throw new AppError(
    "file_too_large",
    422,
    `${LABELS[type]} can be at most ${formatMegabytes(limit)}; this one is ${formatMegabytes(size)}.`,
  );
}

export function payloadTooLarge(limits: Record<FileType, number>): AppError {
  return new AppError("payload_too_large", 413, `Files can be at most ${formatMegabytes(hardCapBytes(limits))}.`);
}
