import { rules } from "@/lib/auth/route-rules";
import { parseJsonBody, withAgent } from "@/lib/api/handler";
import { getRuntime } from "@/lib/runtime/boot";
import { getProfile, updateProfile, type ProfileView } from "@/lib/teams/profile";
import { profileSchema } from "@/lib/validation/settings";

export const dynamic = "force-dynamic";

export interface ProfileResponse {
  profile: ProfileView;
}

/** One's own profile: every signed-in agent, whatever its role. */
export const GET = withAgent(rules.signedIn(), async (_req, { agent }) => {
  const { db } = await getRuntime();
  return Response.json({ profile: await getProfile(db, agent.id) } satisfies ProfileResponse);
});

export const PATCH = withAgent(rules.signedIn(), async (req, { agent }) => {
  const { db } = await getRuntime();
  const input = await parseJsonBody(req, profileSchema, 4096);
  return Response.json({ profile: await updateProfile(db, agent, input) } satisfies ProfileResponse);
});
