/** Turning what was typed into what the database matches. Pure. */

/**
 * A tsquery of every term as a word prefix ("pedi" finds "pedido"), written as tsquery input:
 * each lexeme quoted, so no character of the search is ever an operator. One-letter terms match
 * whole words only: as prefixes they would match nearly every message.
 */
export function prefixQuery(terms: readonly string[]): string {
  return terms.map((t) => `'${t.replace(/\\/g, "\\\\").replace(/'/g, "''")}'${t.length > 1 ? ":*" : ""}`).join(" & ");
}

/** A phone number as typed ("+34 600 12", "(600) 123-456"): its digits, when there are enough to search. */
export function phoneDigits(text: string): string | null {
  if (!/^[+\d\s().-]+$/.test(text)) return null;
  const digits = text.replace(/\D/g, "");
  return digits.length >= 3 ? digits : null;
}
