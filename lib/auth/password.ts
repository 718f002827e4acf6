import "server-only";
import bcrypt from "bcryptjs";

// bcrypt (pure JS, no native build) at cost 12: ~0.2 s a check, slow enough for offline guessing.
const COST = 12;

/** bcrypt reads only the first 72 bytes: longer passwords are refused rather than silently cut. */
export const PASSWORD_MAX_BYTES = 72;

export const passwordFits = (password: string) => Buffer.byteLength(password, "utf8") <= PASSWORD_MAX_BYTES;

export function hashPassword(password: string): Promise<string> {
  if (!passwordFits(password)) throw new Error(`a password must be at most ${PASSWORD_MAX_BYTES} bytes`);
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

// Compared against when the email is unknown, so timing does not tell which emails exist.
export const DUMMY_HASH = "$2b$12$HDtYQ24qMhR.8eQHAMP83.Ww5H/3eIhzTrcPuly9ipGYQxM4iRcIW";
