import { useTranslations } from "next-intl";
import type { FileView } from "@/lib/inbox/types";
import { cn } from "@/components/ui/cn";
import { formatFileSize } from "@/lib/format/file-size";
import { contactName } from "@/lib/format/safe-link";
import { ComposerIcon } from "./composer-icons";
import { ImageThumb } from "./image-thumb";
import { useDisplayLocale } from "./use-display-locale";

const linkClass = (outbound: boolean) => cn("underline underline-offset-2", outbound ? "text-white" : "text-brand-dark");


/** A file in a bubble: media inline and lazy, documents and contacts as named downloads. */
export function MessageFile({ file, outbound }: { file: FileView; outbound: boolean }) {
  const t = useTranslations("thread");
  const locale = useDisplayLocale();
  if (!file.url) return <p className="text-sm italic">{t("file.preparing")}</p>;
  switch (file.type) {
    case "image":
      return <ImageThumb src={file.url} thumbSrc={file.thumbUrl} name={file.name} />;
    case "video":
      return (
        <video
          controls
          preload="none"
          poster={file.thumbUrl ?? undefined}
          src={file.url}
          width={240}
          height={180}
          aria-label={file.name ?? t("file.video")}
          className="max-w-full rounded-lg bg-black"
        />
      );
    case "audio":
    case "voice":
      return (
        <audio
          controls
          preload="none"
          src={file.url}
          aria-label={file.type === "voice" ? t("file.voiceNote") : (file.name ?? t("file.audio"))}
          className="w-64 max-w-full"
        />
      );
    case "contact":
      return (
        <div className={cn("rounded-lg p-2", outbound ? "bg-white/15" : "bg-surface")}>
          <p className="flex items-center gap-2 font-medium">
            <ComposerIcon name="contact" />
            {contactName(file.name)}
          </p>
          <a href={file.url} download className={cn("text-sm", linkClass(outbound))}>
            {t("file.downloadContact")}
          </a>
        </div>
      );
    default:
      return (
        <a href={file.url} download={file.name ?? true} className={cn("flex items-center gap-2 text-sm", linkClass(outbound))}>
          <ComposerIcon name="attach" />
          {[file.name ?? t("file.document"), file.size !== null ? formatFileSize(file.size, t, locale) : ""].filter(Boolean).join(" · ")}
        </a>
      );
  }
}
