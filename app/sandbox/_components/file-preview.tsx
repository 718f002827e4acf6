import { useTranslations } from "next-intl";
import type { SimulatorMessage } from "@/lib/sandbox/simulator-schema";

/** What the contact's phone would show for a file: the media itself, inline, lazily. */
export function FilePreview({ file }: { file: NonNullable<SimulatorMessage["file"]> }) {
  const t = useTranslations("sandbox.conversation");
  if (!/^https?:\/\//i.test(file.url)) return null;
  switch (file.type) {
    case "image":
      // eslint-disable-next-line @next/next/no-img-element -- the simulator shows the provider's URL as is
      return <img src={file.thumbUrl ?? file.url} alt={t("image")} loading="lazy" width={200} height={150} className="h-auto max-w-full rounded" />;
    case "video":
      return <video controls preload="none" src={file.url} poster={file.thumbUrl ?? undefined} aria-label={t("video")} className="max-w-full rounded" />;
    case "audio":
    case "voice":
      return <audio controls preload="none" src={file.url} aria-label={file.type === "voice" ? t("voice") : t("audio")} className="max-w-full" />;
    default:
      return null;
  }
}
