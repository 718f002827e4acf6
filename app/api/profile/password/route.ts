import { rules } from "@/lib/auth/route-rules";
import { parseJsonBody, withAgent } from "@/lib/api/handler";
import { getRuntime } from "@/lib/runtime/boot";
import { changeOwnPassword } from "@/lib/teams/profile";
import { passwordChangeSchema } from "@/lib/validation/settings";

export const dynamic = "force-dynamic";

/** A new password for oneself, proven by the current one; other sessions end, this one stays. */
export const POST = withAgent(rules.signedIn(), async (req, { agent }) => {
  const { db } = await getRuntime();
  await changeOwnPassword(db, agent, await parseJsonBody(req, passwordChangeSchema, 4096));
  return Response.json({ changed: true });
});
