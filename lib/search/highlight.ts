/**
 * Where a message matched, for the result list: the words that start with a searched term, as
 * offsets into a short snippet. Offsets, not HTML: the UI renders customer text as text and wraps
 * the ranges in <mark>. Pure; safe in a browser.
 */
import type { SearchTerm } from "./terms";
import type { HighlightRange } from "./types";

// unaccent's ligatures and letters that NFD does not decompose (a few that customers type).
const SPECIAL: Record<string, string> = { ß: "ss", æ: "ae", œ: "oe", ø: "o", đ: "d", ł: "l", þ: "th", ı: "i" };

/** Lower case without accents, as the `switchboard_search` configuration folds words. */
export function foldWord(word: string): string {
  let out = "";
  for (const ch of word.toLowerCase()) out += SPECIAL[ch] ?? ch.normalize("NFD").replace(/\p{M}+/gu, "");
  return out;
}

const WORD = /[\p{L}\p{N}\p{M}]+/gu;

/** Ranges of `text`'s words that are one of `terms` (already folded), or start with its prefix. */
export function matchRanges(text: string, terms: readonly SearchTerm[]): HighlightRange[] {
  if (terms.length === 0) return [];
  const ranges: [number, number][] = [];
  for (const m of text.matchAll(WORD)) {
    const folded = foldWord(m[0]);
    if (terms.some((t) => (t.prefix ? folded.startsWith(t.word) : folded === t.word))) ranges.push([m.index, m.index + m[0].length]);
  }
  // Terms the parser keeps whole (an email, a web address): find them as they are written.
  const lower = text.toLowerCase();
  for (const { word: term } of terms) {
    if (/^[\p{L}\p{N}]+$/u.test(term)) continue;
    for (let at = lower.indexOf(term); at >= 0; at = lower.indexOf(term, at + term.length)) ranges.push([at, at + term.length]);
  }
  return mergeRanges(ranges);
}

function mergeRanges(ranges: [number, number][]): HighlightRange[] {
  ranges.sort((a, b) => a[0] - b[0]);
  const out: [number, number][] = [];
  for (const r of ranges) {
    const last = out.at(-1);
    if (last && r[0] <= last[1]) last[1] = Math.max(last[1], r[1]);
    else out.push([r[0], r[1]]);
  }
  return out;
}

export const SNIPPET_LENGTH = 160;
const LEAD = 40;

/**
 * The part of `text` to show: all of it when short, else about SNIPPET_LENGTH characters starting
 * a little before the first match, cut at spaces, with "…" where text was left out.
 */
export function snippetOf(text: string, terms: readonly SearchTerm[]): { snippet: string; highlights: HighlightRange[] } {
  const flat = text.replace(/\s+/g, " ").trim();
  const ranges = matchRanges(flat, terms);
  if (flat.length <= SNIPPET_LENGTH) return { snippet: flat, highlights: ranges };
  const first = ranges[0]?.[0] ?? 0;
  let start = Math.max(0, first - LEAD);
  if (start > 0) {
    const space = flat.indexOf(" ", start);
    start = space >= 0 && space < first ? space + 1 : start;
  }
  let end = Math.min(flat.length, start + SNIPPET_LENGTH);
  if (end < flat.length) {
    const space = flat.lastIndexOf(" ", end);
    if (space > start + LEAD) end = space;
  }
  const prefix = start > 0 ? "…" : "";
  const shift = prefix.length - start;
  const snippet = prefix + flat.slice(start, end) + (end < flat.length ? "…" : "");
  const highlights = ranges
    .filter(([s, e]) => s >= start && e <= end)
    .map(([s, e]) => [s + shift, e + shift] as const);
  return { snippet, highlights };
}
