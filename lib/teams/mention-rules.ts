/**
 * How `@name` in an internal note names an agent. Pure, so the composer could suggest the same
 * handles the server resolves.
 *
 * The rule: `@` at the start of the text or after a character that is not a letter, digit or `@`
 * (so an email address in a note mentions nobody), then a handle of letters, digits, `.`, `_` or
 * `-`. A trailing `.`/`-`/`_` is punctuation, not part of the handle ("thanks @ana."). An agent
 * answers to, case-insensitively: its first name, its full name without spaces, and the local part
 * of its email. A handle that fits several agents mentions each of them.
 */
const MENTION = /(?:^|[^\p{L}\p{N}@])@([\p{L}\p{N}._-]+)/gu;

/** The distinct handles written in `text`, lower-cased, in order of first appearance. */
export function mentionHandles(text: string): string[] {
  const found = new Set<string>();
  for (const match of text.matchAll(MENTION)) {
    const handle = match[1].replace(/[._-]+$/, "").toLowerCase();
    if (handle) found.add(handle);
  }
  return [...found];
}

/** The handles an agent answers to, lower-cased. */
export function handlesOf(agent: { name: string; email: string }): string[] {
  const name = agent.name.trim().toLowerCase();
  const first = name.split(/\s+/)[0] ?? "";
  const full = name.replace(/\s+/g, "");
  const local = agent.email.split("@")[0]?.toLowerCase() ?? "";
  return [...new Set([first, full, local].filter(Boolean))];
}

/** The agents among `candidates` that `text` mentions. */
export function mentionedAmong<A extends { name: string; email: string }>(text: string, candidates: readonly A[]): A[] {
  const handles = new Set(mentionHandles(text));
  if (handles.size === 0) return [];
  return candidates.filter((agent) => handlesOf(agent).some((h) => handles.has(h)));
}
