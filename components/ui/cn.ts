import { twMerge } from "tailwind-merge";

/**
 * Joins class names, skipping falsy ones, and lets a later Tailwind utility override an earlier
 * one of the same kind: a caller's `className="px-2"` must beat a component's `px-4`, which plain
 * joining leaves to the order of rules in the generated CSS.
 */
export function cn(...classes: Array<string | false | null | undefined>): string {
  return twMerge(classes);
}
