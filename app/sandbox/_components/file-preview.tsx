import type { SimulatorMessage } from "@/lib/sandbox/simulator-schema";

/** What the contact's phone would show for a file: the media itself, inline, lazily. */
export function FilePreview({ file }: { file: NonNullable<SimulatorMessage["file"]> }) {
  if (!/^https?:\/\//i.test(file.url)) return null;
  switch (file.type) {
    case "image":
      // eslint-disable-next-line @next/next/no-img-element -- the simulator shows the provider's URL as is
      return <img src={file.thumbUrl ?? file.url} alt="Image from the operator" loading="lazy" width={200} height={150} className="h-auto max-w-full rounded" />;
    case "video":
      return <video controls preload="none" src={file.url} poster={file.thumbUrl ?? undefined} aria-label="Video from the operator" className="max-w-full rounded" />;
    case "audio":
    case "voice":
      return <audio controls preload="none" src={file.url} aria-label={file.type === "voice" ? "Voice note from the operator" : "Audio from the operator"} className="max-w-full" />;
    default:
      return null;
  }
}
