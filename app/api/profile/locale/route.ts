import { rules } from "@/lib/auth/route-rules";
import { parseJsonBody, withAgent } from "@/lib/api/handler";
import type { Locale } from "@/lib/i18n/locales";
import { localeUpdateSchema } from "@/lib/i18n/schema";
import { getRuntime } from "@/lib/runtime/boot";
import { setOwnLocale } from "@/lib/teams/locale";

export const dynamic = "force-dynamic";

export interface LocaleResponse {
  locale: Locale | null;
}

/** One's own language (or null: the browser's): every signed-in agent, whatever its role. */
export const PUT = withAgent(rules.signedIn(), async (req, { agent }) => {
  const { db } = await getRuntime();
  const { locale } = await parseJsonBody(req, localeUpdateSchema, 256);
  return Response.json({ locale: await setOwnLocale(db, agent.id, locale) } satisfies LocaleResponse);
});
