import { headers } from "next/headers";
import { getRequestConfig } from "next-intl/server";
import { getSessionAgent } from "@/lib/auth/session";
import { loadMessages } from "./catalog";
import { negotiateLocale } from "./negotiate";

/**
 * next-intl's per-request configuration (named in next.config.js). The signed-in agent's own
 * language and time zone win; signed out, the browser's language and UTC. The session read is
 * the per-request cached one the layouts already make: no extra query.
 */
export default getRequestConfig(async () => {
  const agent = await getSessionAgent();
  const locale = negotiateLocale(agent?.locale, (await headers()).get("accept-language"));
  return { locale, timeZone: agent?.timeZone ?? "UTC", messages: await loadMessages(locale) };
});
