import "server-only";
import type { Db } from "@/lib/db/client";
import { findAgentByEmail } from "@/lib/auth/agents";
import type { SignInResult } from "@/lib/auth/sign-in";
import { recordAudit } from "./audit";

/** What an attempt records of the typed email: bounded, so a huge field cannot bloat the log. */
const EMAIL_KEPT = 254;

/**
 * Records a sign-in or a failed one, with the client address; never the password. A failure for
 * a known account names it as the actor; for an unknown email only the email typed is kept.
 * Throttled attempts are not recorded: they cost the guesser nothing (no hashing), so each would
 * be a free row in a log that is never pruned.
 */
export async function auditSignIn(db: Db, email: string, result: SignInResult, address: string): Promise<void> {
  if (result.outcome === "throttled") return;
  const typed = email.slice(0, EMAIL_KEPT);
  if (result.outcome === "signed-in") {
    await recordAudit(db, { actor: { id: result.agentId, email: typed }, kind: "sign_in", target: { type: "agent", id: result.agentId }, address });
    return;
  }
  const known = await findAgentByEmail(db, typed);
  await recordAudit(db, {
    actor: known ? { id: known.id, email: known.email } : null,
    kind: "sign_in_failed",
    after: { email: typed },
    address,
  });
}
