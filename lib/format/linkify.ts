import { safeHttpUrl } from "./safe-link";

export type TextSegment = { kind: "text"; text: string } | { kind: "link"; text: string; href: string };

// An http(s) URL runs to the next space or character that cannot be in one unescaped.
const URL_PATTERN = /\bhttps?:\/\/[^\s<>"'`{}|\\^]+/gi;
// Sentence punctuation right after a URL ("see https://x.com/a.") is not part of it.
const TRAILING = /[.,;:!?'"»”’]+$/;

/** Drops a closing bracket the URL did not open ("(see https://x.com/a)"), keeps balanced ones ("…/Foo_(bar)"). */
function trimUnbalanced(url: string): string {
  let out = url;
  for (;;) {
    const trimmed = out.replace(TRAILING, "");
    const last = trimmed.at(-1);
    const open = last === ")" ? "(" : last === "]" ? "[" : null;
    if (open && count(trimmed, last!) > count(trimmed, open)) {
      out = trimmed.slice(0, -1);
      continue;
    }
    return trimmed;
  }
}

const count = (text: string, ch: string) => text.split(ch).length - 1;

/**
 * The message split into plain text and http(s) links, in order. Only http and https become
 * links (other schemes stay text); the caller renders every segment as text, never as HTML.
 */
export function linkify(text: string): TextSegment[] {
  const segments: TextSegment[] = [];
  let at = 0;
  for (const match of text.matchAll(URL_PATTERN)) {
    const raw = trimUnbalanced(match[0]);
    const href = safeHttpUrl(raw);
    if (!href) continue;
    if (match.index > at) segments.push({ kind: "text", text: text.slice(at, match.index) });
    segments.push({ kind: "link", text: raw, href });
    at = match.index + raw.length;
  }
  if (at < text.length) segments.push({ kind: "text", text: text.slice(at) });
  return segments;
}
