import "server-only";
import pino, { type Logger } from "pino";
import { parseEnv, readProcessEnv } from "@/lib/config/env";

// Field names that may hold a secret or a customer's words: never written, at any depth we log.
const REDACTED = ["password", "token", "cookie", "authorization", "secret", "text", "body", "message", "caption"].flatMap((key) => [
  key,
  `*.${key}`,
  `*.*.${key}`,
]);

function level(): string {
  try {
    return parseEnv(readProcessEnv()).LOG_LEVEL;
  } catch {
    // A bad configuration stops the start with its own line; until then, log at the default.
    return "info";
  }
}

const globalForLog = globalThis as unknown as { switchboardLog?: Logger };

/**
 * The process's structured logger: one JSON object per line on stdout, level from LOG_LEVEL.
 * Redaction is by field name (passwords, tokens, cookies, message bodies); the discipline that
 * matters more is to log ids and codes, never what a customer or an agent wrote.
 */
export function getLog(): Logger {
  globalForLog.switchboardLog ??= pino({
    level: level(),
    base: { service: "switchboard" },
    redact: { paths: REDACTED, censor: "[redacted]" },
    timestamp: pino.stdTimeFunctions.isoTime,
  });
  return globalForLog.switchboardLog;
}

/** A logger for one part of the app (`component` in every line). */
export const logFor = (component: string) => getLog().child({ component });

/**
 * An error's class and message, without a stack, for the log. A database error's own message is
 * taken from its cause: Drizzle's wrapper repeats the query and its parameters, which hold what
 * customers and agents wrote.
 */
export function errorFields(error: unknown): { error: string; errorCode?: string } {
  let deepest: unknown = error;
  for (let depth = 0; depth < 4 && deepest instanceof Error && deepest.cause instanceof Error; depth++) deepest = deepest.cause;
  if (!(deepest instanceof Error)) return { error: String(deepest).slice(0, 300) };
  const code = (deepest as { code?: unknown }).code;
  return { error: `${deepest.name}: ${deepest.message}`.slice(0, 300), ...(typeof code === "string" ? { errorCode: code } : {}) };
}
