import { cn } from "@/components/ui/cn";
import { linkify } from "@/lib/format/linkify";

/** Text, never HTML. Every http(s) URL in it becomes a link that opens a new tab and leaks nothing. */
export function MessageText({ text, outbound }: { text: string; outbound: boolean }) {
  if (!text) return null;
  return (
    <p className="whitespace-pre-wrap break-words [overflow-wrap:anywhere]">
      {linkify(text).map((segment, i) =>
        segment.kind === "link" ? (
          <a
            key={i}
            href={segment.href}
            target="_blank"
            rel="noopener noreferrer nofollow"
            className={cn("underline underline-offset-2", outbound ? "text-white" : "text-brand-dark")}
          >
            {segment.text}
          </a>
        ) : (
          segment.text
        ),
      )}
    </p>
  );
}
