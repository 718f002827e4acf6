/**
 * Signs in through the app's real sign-in endpoint (as the sign-in page's script does: JSON,
 * from the app's own origin) and returns the cookies to send.
 */
export async function signIn(baseUrl: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/session`, {
    method: "POST",
    headers: { "content-type": "application/json", origin: baseUrl },
    body: JSON.stringify({ email, password }),
  });
  const session = cookiesOf(res);
  if (res.status !== 200 || !session.includes("next-auth.session-token")) throw new Error(`sign-in failed for ${email} (${res.status})`);
  return session;
}

export function cookiesOf(res: Response): string {
  return res.headers
    .getSetCookie()
    .map((c) => c.split(";")[0])
    .join("; ");
}
