/**
 * Joins class names, skipping falsy ones, without resolving conflicts: for components whose
 * parts never fight over a property. The inbox's first load uses it instead of `cn`, whose
 * Tailwind merging (tailwind-merge, 8.6 KB gzipped) only callers that override need.
 */
export function cx(...classes: Array<string | false | null | undefined>): string {
  return classes.filter(Boolean).join(" ");
}
