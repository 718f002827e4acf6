const REDACTED = "[redacted]";

export interface Secrets {
  user: string;
  password: string;
}

/** The Basic credentials a request carries, so tests and redaction spell them the same way. */
export function basicCredentials({ user, password }: Secrets): string {
  return Buffer.from(`${user}:${password}`, "utf8").toString("base64");
}

/**
 * Removes the secrets, in every spelling a request may have given them (raw, form- or
 * URL-encoded, Basic), from text that came from elsewhere: an error page may echo the URL.
 */
export function redact(text: string, secrets: Secrets): string {
  const needles = new Set<string>([basicCredentials(secrets)]);
  for (const secret of [secrets.user, secrets.password]) {
    if (!secret) continue;
    needles.add(secret);
    needles.add(encodeURIComponent(secret));
    needles.add(new URLSearchParams({ s: secret }).toString().slice(2));
  }
  // Longest first, so a secret that contains the other is removed whole.
  let out = text;
  for (const needle of [...needles].sort((a, b) => b.length - a.length)) {
    out = out.split(needle).join(REDACTED);
  }
  return out;
}
