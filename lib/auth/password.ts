import "server-only";
import bcrypt from "bcryptjs";

// bcrypt (pure JS, no native build) at cost 12: ~0.2 s a check, slow enough for offline guessing.
const COST = 12;

export function hashPassword(password: string): Promise<string> {
  return bcrypt.hash(password, COST);
}

export function verifyPassword(password: string, hash: string): Promise<boolean> {
  return bcrypt.compare(password, hash);
}

// Compared against when the email is unknown, so timing does not tell which emails exist.
export const DUMMY_HASH = "$2b$12$HDtYQ24qMhR.8eQHAMP83.Ww5H/3eIhzTrcPuly9ipGYQxM4iRcIW";
