/** What the sign-in page says for each failure; shared by the API, the page and its script. */
export const SIGN_IN_ERRORS = {
  wrong: () => "Wrong email or password.",
  throttled: (seconds: number) => `Too many attempts, try again in ${seconds} s.`,
  invalid: () => "Enter your email and your password (at most 72 bytes).",
  failed: () => "Could not sign in. Try again.",
} as const;

export type SignInErrorCode = keyof typeof SIGN_IN_ERRORS;

/** The message for `?error=…&retry=…` on the sign-in page (a form post without scripts lands there). */
export function signInErrorMessage(code: unknown, retry: unknown): string | null {
  if (typeof code !== "string" || !(code in SIGN_IN_ERRORS)) return null;
  if (code === "throttled") {
    const seconds = Number(retry);
    return SIGN_IN_ERRORS.throttled(Number.isInteger(seconds) && seconds > 0 && seconds < 100_000 ? seconds : 60);
  }
  return SIGN_IN_ERRORS[code as Exclude<SignInErrorCode, "throttled">]();
}
