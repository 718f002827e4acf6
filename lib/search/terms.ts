/** Turning what was typed into what the database matches. Pure. */

/**
 * A searched word as the index holds it. Only the last word typed may be unfinished, so only it
 * matches as a prefix ("pedi" finds "pedido"); the words before it match whole, as in Algolia's
 * default (prefixLast). Each prefix costs the index a read of every word it starts (a two-word
 * search with both as prefixes took 5 times as long at 2 million messages).
 */
export interface SearchTerm {
  word: string;
  prefix: boolean;
}

/**
 * The terms of a query from its lexemes in the order typed, each with the last position it was
 * typed at: the one typed last is the prefix. One-letter words match whole: as prefixes they
 * would match nearly every message.
 */
export function searchTerms(lexemes: readonly { lexeme: string; last: number }[]): SearchTerm[] {
  const lastTyped = lexemes.reduce<{ lexeme: string; last: number } | null>((a, l) => (a && a.last >= l.last ? a : l), null);
  return lexemes.map((l) => ({ word: l.lexeme, prefix: l === lastTyped && l.lexeme.length > 1 }));
}

/** The terms as tsquery input: each lexeme quoted, so no character of the search is ever an operator. */
export function tsqueryOf(terms: readonly SearchTerm[]): string {
  return terms.map((t) => `'${t.word.replace(/\\/g, "\\\\").replace(/'/g, "''")}'${t.prefix ? ":*" : ""}`).join(" & ");
}

/** A phone number as typed ("+34 600 12", "(600) 123-456"): its digits, when there are enough to search. */
export function phoneDigits(text: string): string | null {
  if (!/^[+\d\s().-]+$/.test(text)) return null;
  const digits = text.replace(/\D/g, "");
  return digits.length >= 3 ? digits : null;
}
