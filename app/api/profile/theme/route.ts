import { rules } from "@/lib/auth/route-rules";
import { parseJsonBody, withAgent } from "@/lib/api/handler";
import { getRuntime } from "@/lib/runtime/boot";
import { setOwnTheme } from "@/lib/teams/theme";
import type { ThemeChoice } from "@/lib/theme/choice";
import { themeUpdateSchema } from "@/lib/theme/schema";

export const dynamic = "force-dynamic";

export interface ThemeResponse {
  theme: ThemeChoice;
}

/** One's own colour theme (System, Light or Dark): every signed-in agent, whatever its role. */
export const PUT = withAgent(rules.signedIn(), async (req, { agent }) => {
  const { db } = await getRuntime();
  const { theme } = await parseJsonBody(req, themeUpdateSchema, 256);
  return Response.json({ theme: await setOwnTheme(db, agent.id, theme) } satisfies ThemeResponse);
});
