/**
 * Text rules shared by every schema that takes free text from a person. Safe to import from
 * client components.
 *
 * PostgreSQL's `text` cannot hold U+0000: a NUL reaching an insert or a comparison is a
 * database error (a 500 with the text in the log). Agents' and contacts' input is refused with
 * a 422, not stripped, so nothing they typed changes silently.
 */
export const hasNul = (value: string): boolean => value.includes("\u0000");

/** `what` names the field for a person: "Messages", "The name". */
export const nulMessage = (what: string) => `${what} cannot contain NUL characters.`;
