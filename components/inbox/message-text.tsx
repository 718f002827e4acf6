import { cn } from "@/components/ui/cn";
import { safeHttpUrl } from "@/lib/format/safe-link";

/** Text, never HTML. A message that is just an http(s) URL becomes a link that leaks nothing. */
export function MessageText({ text, outbound }: { text: string; outbound: boolean }) {
  if (!text) return null;
  const href = safeHttpUrl(text);
  return (
    <p className="whitespace-pre-wrap break-words [overflow-wrap:anywhere]">
      {href ? (
        <a href={href} target="_blank" rel="noopener noreferrer nofollow" className={cn("underline underline-offset-2", outbound ? "text-white" : "text-brand-dark")}>
          {text.trim()}
        </a>
      ) : (
        text
      )}
    </p>
  );
}
