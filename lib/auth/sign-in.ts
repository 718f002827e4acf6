import "server-only";
import { z } from "zod";
import type { AppConfig } from "@/lib/config";
import type { Db } from "@/lib/db/client";
import { findAgentByEmail } from "./agents";
import { DUMMY_HASH, PASSWORD_MAX_BYTES, passwordFits, verifyPassword } from "./password";
import { createSession, removeExpiredSessions } from "./sessions";
import { ACCOUNT_POLICY, ADDRESS_POLICY, accountKey, addressKey, clearKey, lockedForSeconds, recordFailure } from "./throttle";

export const signInSchema = z.object({
  email: z.string({ message: "Enter your email." }).trim().toLowerCase().min(1, "Enter your email.").max(320, "This email is too long.").email("Enter a valid email address."),
  password: z
    .string({ message: "Enter your password." })
    .min(1, "Enter your password.")
    .refine(passwordFits, `Passwords are at most ${PASSWORD_MAX_BYTES} bytes.`),
  callbackUrl: z.string().max(2048).optional(),
});
export type SignInInput = z.infer<typeof signInSchema>;

export type SignInResult =
  | { outcome: "signed-in"; agentId: string; sessionId: string }
  | { outcome: "wrong-credentials" }
  | { outcome: "throttled"; retryAfterSeconds: number };

/**
 * Checks an email and password, throttled per account and per client address with the state in
 * the database (so it holds across instances and restarts). A locked key is answered before
 * any hashing; otherwise the password is always checked against a hash, a dummy one for an
 * unknown email, so known and unknown emails take the same time and get the same answers.
 */
export async function authenticate(
  db: Db,
  config: Pick<AppConfig, "mode">,
  input: SignInInput,
  client: { address: string; userAgent: string | null },
): Promise<SignInResult> {
  const account = accountKey(input.email);
  const address = addressKey(client.address);
  const locked = await lockedForSeconds(db, [account, address]);
  if (locked > 0) return { outcome: "throttled", retryAfterSeconds: locked };

  const agent = await findAgentByEmail(db, input.email);
  const matches = await verifyPassword(input.password, agent?.passwordHash ?? DUMMY_HASH);
  // Demo accounts have published passwords: in live mode they are as good as unknown.
  const allowed = agent !== null && matches && agent.active && !(agent.isDemo && config.mode === "live");
  if (!allowed) {
    await recordFailure(db, account, ACCOUNT_POLICY);
    await recordFailure(db, address, ADDRESS_POLICY);
    return { outcome: "wrong-credentials" };
  }
  // The address keeps its count: clearing it would let one valid account reset a guesser's budget.
  await clearKey(db, account);
  await removeExpiredSessions(db);
  return { outcome: "signed-in", agentId: agent.id, sessionId: await createSession(db, agent.id, client.userAgent) };
}
