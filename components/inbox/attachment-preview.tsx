"use client";

import { useTranslations } from "next-intl";
import { formatFileSize } from "@/lib/format/file-size";
import { guessFileType } from "./attachment-rules";
import { ComposerIcon } from "./composer-icons";
import { useDisplayLocale } from "./use-display-locale";

export interface Attached {
  file: File;
  /** Recorded here: uploaded as a voice note. */
  voice: boolean;
  /** A local blob URL for image and voice previews; the composer revokes it when the draft goes. */
  previewUrl: string | null;
}


/** What will be sent: a thumbnail, a player for a voice note, or the file's name, size and kind. */
export function AttachmentPreview({ attached, onRemove, disabled }: { attached: Attached; onRemove: () => void; disabled: boolean }) {
  const { file, voice } = attached;
  const type = guessFileType(file, voice);
  const url = type === "image" || type === "voice" ? attached.previewUrl : null;
  const t = useTranslations("composer.attachment");
  const sizes = useTranslations("thread");
  const locale = useDisplayLocale();

  return (
    <div className="mb-2 flex items-center gap-3 rounded-lg border border-gray-200 bg-gray-50 p-2" aria-label={t("group")} role="group">
      {type === "image" && url ? (
        // eslint-disable-next-line @next/next/no-img-element -- a local blob preview, nothing to optimise
        <img src={url} alt={t("previewOf", { name: file.name })} width={56} height={56} className="size-14 rounded object-cover" />
      ) : (
        <span className="flex size-14 items-center justify-center rounded bg-surface text-gray-500">
          <ComposerIcon name={type === "voice" ? "mic" : "attach"} />
        </span>
      )}
      <div className="min-w-0 flex-1 text-sm">
        <p className="truncate font-medium text-gray-900">{voice ? t("voiceNote") : file.name}</p>
        <p className="text-xs text-gray-500">
          {formatFileSize(file.size, sizes, locale)}
          {file.type ? ` · ${file.type}` : ""}
        </p>
        {type === "voice" && url && <audio controls src={url} aria-label={t("voicePreview")} className="mt-1 h-8 w-full max-w-xs" />}
      </div>
      <button
        type="button"
        onClick={onRemove}
        disabled={disabled}
        aria-label={t("remove")}
        className="rounded-md px-2 py-1 text-lg text-gray-500 hover:bg-gray-200 disabled:opacity-50"
      >
        ×
      </button>
    </div>
  );
}
