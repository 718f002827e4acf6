import "server-only";
import { z } from "zod";
import { basicEndpointFor, type Transport } from "./http";
import { isValidZone } from "./tolerance";
import type { AfilnetClientOptions } from "./types";

export interface ResolvedOptions {
  transport: Transport;
  timezone: string;
  readRetries: number;
}

const optionsSchema = z.object({
  user: z.string().min(1),
  password: z.string().min(1),
  auth: z.enum(["post", "basic", "get"]),
  apiUrl: z.url({ protocol: /^https?$/ }),
  timezone: z.string().refine(isValidZone),
  timeoutMs: z.number().int().positive().default(10_000),
  readRetries: z.number().int().min(0).max(10).default(2),
});

/**
 * Validates the options once, at creation. The message names the bad options, never their
 * values (two of them are credentials).
 */
export function resolveOptions(options: AfilnetClientOptions): ResolvedOptions {
  const parsed = optionsSchema.safeParse(options);
  if (!parsed.success) throw invalid(parsed.error.issues.map((issue) => issue.path.join(".")));
  const { user, password, auth, apiUrl, timezone, timeoutMs, readRetries } = parsed.data;
  const url = new URL(apiUrl);
  // fetch refuses URLs with credentials, and they would end up in logs.
  if (url.username || url.password) throw invalid(["apiUrl (must not contain credentials)"]);
  const endpoint = auth === "basic" ? basicEndpointFor(url) : url;
  if (!endpoint) throw invalid(["apiUrl (basic auth needs a URL ending in /api/http/)"]);
  return { transport: { auth, user, password, endpoint, timeoutMs }, timezone, readRetries };
}

function invalid(paths: string[]): TypeError {
  return new TypeError(`Invalid Afilnet client options: ${[...new Set(paths)].join(", ")}`);
}
