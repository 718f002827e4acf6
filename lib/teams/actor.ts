import "server-only";
import { sqlState } from "@/lib/db/errors";
import { AppError } from "@/lib/errors";

/** Who made a settings change, as the audit log records it. */
export interface AuditActor {
  id: string;
  email: string;
}

const UNIQUE_VIOLATION = "23505";

/**
 * Runs a write whose unique index may refuse it (two admins saving the same name at once: the
 * read-before-write check cannot see the other's uncommitted row) and answers that as a 409.
 */
export async function conflictAs<T>(run: () => Promise<T>, conflict: () => AppError): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (sqlState(error) === UNIQUE_VIOLATION) throw conflict();
    throw error;
  }
}
