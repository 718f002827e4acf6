import "server-only";
import type { AppConfig } from "@/lib/config";
import type { FileView, UploadResponse } from "@/lib/inbox/types";
import type { FileRow } from "./file-store";
import { fileUrls } from "./public-url";

/** A stored file as the inbox shows it, with its public links. */
export function toFileView(config: AppConfig, file: FileRow): FileView {
  const { url, thumbUrl } = fileUrls(config, file);
  return { type: file.type, url, thumbUrl, name: file.name, mime: file.mime, size: file.size };
}

export function toUploadResponse(config: AppConfig, file: FileRow): UploadResponse {
  return { fileId: file.id, file: toFileView(config, file) };
}
