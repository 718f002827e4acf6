/** The rows of a raw `execute`: postgres-js answers an array, PGlite `{ rows }`. */
export function sqlRows<T>(result: unknown): T[] {
  if (Array.isArray(result)) return result as T[];
  const rows = (result as { rows?: unknown[] } | null)?.rows;
  return Array.isArray(rows) ? (rows as T[]) : [];
}
