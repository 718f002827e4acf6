import "server-only";
import { createAfilnetClient } from "@/lib/afilnet/client";
import type { AfilnetClient } from "@/lib/afilnet/types";
import type { AppConfig } from "@/lib/config";
import { recordProviderCall } from "@/lib/observability/provider-calls";

const globalForProvider = globalThis as unknown as { switchboardProvider?: AfilnetClient };

/** The provider client of this process: live Afilnet, or the app's own sandbox over HTTP. */
export function getProvider(config: AppConfig): AfilnetClient {
  globalForProvider.switchboardProvider ??= createAfilnetClient({ ...config.afilnet, timeoutMs: 15_000, onCall: recordProviderCall });
  return globalForProvider.switchboardProvider;
}
