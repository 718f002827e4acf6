import { z } from "zod";

/**
 * The configuration contract from docs/architecture: every variable is read here and nowhere
 * else, validated once, with the documented defaults.
 */

const emptyAsUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);
const optionalString = z.preprocess(emptyAsUndefined, z.string().optional());

const httpUrl = (what: string) =>
  z
    .string()
    .url(`must be an http(s) URL for ${what}`)
    .refine((u) => /^https?:\/\//i.test(u), `must start with http:// or https://`);

export const FILE_LIMIT_TYPES = ["image", "video", "audio", "voice", "document", "contact"] as const;
export type FileLimitType = (typeof FILE_LIMIT_TYPES)[number];
export const DEFAULT_FILE_LIMITS_MB = "image=16,video=64,audio=16,voice=16,document=100,contact=1";

/** "image=16,video=64" → sizes in MB per type; null when any entry is malformed. Unlisted types keep their default. */
export function parseFileLimitsMb(value: string): Partial<Record<FileLimitType, number>> | null {
  const limits: Partial<Record<FileLimitType, number>> = {};
  for (const entry of value.split(",").map((e) => e.trim()).filter(Boolean)) {
    const match = /^([a-z]+)\s*=\s*(\d+(?:\.\d+)?)$/i.exec(entry);
    const type = match?.[1].toLowerCase() as FileLimitType | undefined;
    if (!match || !type || !FILE_LIMIT_TYPES.includes(type)) return null;
    const mb = Number(match[2]);
    if (!(mb > 0 && mb <= 2000)) return null;
    limits[type] = mb;
  }
  return Object.keys(limits).length > 0 ? limits : null;
}

/** A base64url string (no padding) that decodes to exactly `bytes` bytes: the VAPID key shapes. */
const base64urlBytes = (bytes: number, what: string) =>
  z
    .string()
    .regex(/^[A-Za-z0-9_-]+$/, `must be ${what} in base64url`)
    .refine((s) => Buffer.from(s, "base64url").length === bytes, `must be ${what} (${bytes} bytes) in base64url`);

export const envSchema = z
  .object({
    AFILNET_USER: optionalString,
    AFILNET_PASSWORD: optionalString,
    AFILNET_AUTH: z.preprocess(
      emptyAsUndefined,
      z.enum(["post", "basic", "get"], { message: "must be one of post, basic, get" }).default("post"),
    ),
    AFILNET_API_URL: z.preprocess(
      emptyAsUndefined,
      httpUrl("the Afilnet HTTP API").default("https://www.afilnet.com/api/http/"),
    ),
    AFILNET_TIMEZONE: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .default("Europe/Madrid")
        .refine(isKnownTimeZone, "must be an IANA time zone such as Europe/Madrid"),
    ),
    DATABASE_URL: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .refine((u) => /^postgres(ql)?:\/\//i.test(u), "must start with postgres:// or postgresql://")
        .optional(),
    ),
    DATA_DIR: z.preprocess(emptyAsUndefined, z.string().default("./data")),
    PORT: z.preprocess(
      emptyAsUndefined,
      z.coerce
        .number({ message: "must be a port number" })
        .int("must be a whole number")
        .min(1, "must be between 1 and 65535")
        .max(65535, "must be between 1 and 65535")
        .default(3000),
    ),
    PUBLIC_URL: z.preprocess(emptyAsUndefined, httpUrl("the public base URL").optional()),
    AUTH_SECRET: z.preprocess(
      emptyAsUndefined,
      z.string().min(32, "must be at least 32 characters long").optional(),
    ),
    ADMIN_EMAIL: z.preprocess(emptyAsUndefined, z.string().email("must be an email address").optional()),
    ADMIN_PASSWORD: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .min(8, "must be at least 8 characters long")
        .refine((p) => Buffer.byteLength(p, "utf8") <= 72, "must be at most 72 bytes (what bcrypt uses)")
        .optional(),
    ),
    SYNC_INTERVAL_MS: z.preprocess(
      emptyAsUndefined,
      z.coerce
        .number({ message: "must be a number of milliseconds" })
        .int("must be a whole number of milliseconds")
        .min(200, "must be at least 200")
        .default(2000),
    ),
    SYNC_IDLE_INTERVAL_MS: z.preprocess(
      emptyAsUndefined,
      z.coerce
        .number({ message: "must be a number of milliseconds" })
        .int("must be a whole number of milliseconds")
        .min(200, "must be at least 200")
        .max(600_000, "must be at most 600000 (10 minutes)")
        .optional(),
    ),
    FILE_LIMITS_MB: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .default(DEFAULT_FILE_LIMITS_MB)
        .refine((v) => parseFileLimitsMb(v) !== null, `must be a list like "${DEFAULT_FILE_LIMITS_MB}" (types: ${FILE_LIMIT_TYPES.join(", ")}; sizes in MB, more than 0 and at most 2000)`)
        .transform((v) => ({ ...parseFileLimitsMb(DEFAULT_FILE_LIMITS_MB)!, ...parseFileLimitsMb(v)! })),
    ),
    LOG_LEVEL: z.preprocess(
      emptyAsUndefined,
      z.enum(["fatal", "error", "warn", "info", "debug", "trace", "silent"], { message: "must be one of fatal, error, warn, info, debug, trace, silent" }).default("info"),
    ),
    METRICS_TOKEN: z.preprocess(emptyAsUndefined, z.string().min(24, "must be at least 24 characters long").optional()),
    TRUST_PROXY_HOPS: z.preprocess(
      emptyAsUndefined,
      z.coerce
        .number({ message: "must be the number of proxies in front of the app (0 when none)" })
        .int("must be a whole number")
        .min(0, "must be 0 or more")
        .max(10, "must be at most 10")
        .default(0),
    ),
    VAPID_PUBLIC_KEY: z.preprocess(emptyAsUndefined, base64urlBytes(65, "an uncompressed P-256 public key").optional()),
    VAPID_PRIVATE_KEY: z.preprocess(emptyAsUndefined, base64urlBytes(32, "a P-256 private key").optional()),
    VAPID_SUBJECT: z.preprocess(
      emptyAsUndefined,
      z
        .string()
        .refine((s) => /^mailto:[^@\s]+@[^@\s]+$/i.test(s) || /^https:\/\/\S+$/i.test(s), "must be a mailto: address or an https: URL")
        .optional(),
    ),
    SYNC_MAX_REQUESTS_PER_SECOND: z.preprocess(
      emptyAsUndefined,
      z.coerce
        .number({ message: "must be a number of requests per second" })
        .positive("must be more than 0")
        .max(1000, "must be at most 1000")
        .default(10),
    ),
  })
  .superRefine((env, ctx) => {
    if (env.SYNC_IDLE_INTERVAL_MS !== undefined && env.SYNC_IDLE_INTERVAL_MS < env.SYNC_INTERVAL_MS) {
      ctx.addIssue({ code: "custom", path: ["SYNC_IDLE_INTERVAL_MS"], message: `must be at least SYNC_INTERVAL_MS (${env.SYNC_INTERVAL_MS})` });
    }
    if (Boolean(env.AFILNET_USER) !== Boolean(env.AFILNET_PASSWORD)) {
      const missing = env.AFILNET_USER ? "AFILNET_PASSWORD" : "AFILNET_USER";
      ctx.addIssue({ code: "custom", path: [missing], message: "must be set too: live mode needs both AFILNET_USER and AFILNET_PASSWORD" });
    }
    if (Boolean(env.VAPID_PUBLIC_KEY) !== Boolean(env.VAPID_PRIVATE_KEY)) {
      const missing = env.VAPID_PUBLIC_KEY ? "VAPID_PRIVATE_KEY" : "VAPID_PUBLIC_KEY";
      ctx.addIssue({ code: "custom", path: [missing], message: "must be set too: push notifications need both VAPID keys (generate them with `npx web-push generate-vapid-keys`)" });
    }
    if (Boolean(env.ADMIN_EMAIL) !== Boolean(env.ADMIN_PASSWORD)) {
      const missing = env.ADMIN_EMAIL ? "ADMIN_PASSWORD" : "ADMIN_EMAIL";
      ctx.addIssue({ code: "custom", path: [missing], message: "must be set too: the first admin needs both ADMIN_EMAIL and ADMIN_PASSWORD" });
    }
  });

export type Env = z.infer<typeof envSchema>;

function isKnownTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export class ConfigError extends Error {
  constructor(readonly variable: string, readonly problem: string) {
    super(`Invalid configuration: ${variable} ${problem}`);
    this.name = "ConfigError";
  }
}

/** Parses an environment; throws a ConfigError naming the first bad variable. */
export function parseEnv(source: Record<string, string | undefined>): Env {
  const parsed = envSchema.safeParse(source);
  if (parsed.success) return parsed.data;
  const issue = parsed.error.issues[0];
  const variable = String(issue.path[0] ?? "environment");
  throw new ConfigError(variable, issue.message);
}

export function readProcessEnv(): Record<string, string | undefined> {
  return process.env;
}

/** PUBLIC_URL without a trailing slash, or the documented default on PORT. */
export function publicUrlOf(env: Pick<Env, "PUBLIC_URL" | "PORT">): string {
  return (env.PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, "");
}

/** `next dev` (Next inlines NODE_ENV at build time). */
export function isDevelopment(): boolean {
  return process.env.NODE_ENV === "development";
}
