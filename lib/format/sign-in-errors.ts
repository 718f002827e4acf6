/**
 * What the sign-in page says for each failure. The API answers in English (these functions); the
 * page shows the same failures in the agent's language from the `auth.errors` catalog, keyed by
 * the same codes (lib stays free of the UI's catalogs: it hands back a code, the page words it).
 */
export const SIGN_IN_ERRORS = {
  wrong: () => "Wrong email or password.",
  throttled: (seconds: number) => `Too many attempts, try again in ${seconds} s.`,
  invalid: () => "Enter your email and your password (at most 72 bytes).",
  failed: () => "Could not sign in. Try again.",
} as const;

export type SignInErrorCode = keyof typeof SIGN_IN_ERRORS;

export interface SignInFailure {
  code: SignInErrorCode;
  /** Only for "throttled": how long to wait. */
  seconds: number;
}

/** The failure named by `?error=…&retry=…` on the sign-in page (a form post without scripts lands there). */
export function signInFailureFromQuery(code: unknown, retry: unknown): SignInFailure | null {
  if (typeof code !== "string" || !Object.hasOwn(SIGN_IN_ERRORS, code)) return null;
  const seconds = Number(retry);
  return { code: code as SignInErrorCode, seconds: Number.isInteger(seconds) && seconds > 0 && seconds < 100_000 ? seconds : 60 };
}

/** The failure behind a JSON answer of POST /api/session, when it is one the page words itself. */
export function signInFailureFromAnswer(apiCode: unknown, retryAfter: string | null): SignInFailure | null {
  if (apiCode === "wrong_credentials") return { code: "wrong", seconds: 0 };
  if (apiCode === "too_many_attempts") return signInFailureFromQuery("throttled", retryAfter);
  return null;
}
