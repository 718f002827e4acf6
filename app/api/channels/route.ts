import { rules } from "@/lib/auth/route-rules";
import { withAgent } from "@/lib/api/handler";
import { listChannels } from "@/lib/inbox/channels";
import { createInboxContext } from "@/lib/inbox/context";
import type { ChannelsResponse } from "@/lib/inbox/types";

export const dynamic = "force-dynamic";

export const GET = withAgent(rules.signedIn(), async (_req, { agent }) => {
  const channels = await listChannels(await createInboxContext(agent));
  return Response.json({ channels } satisfies ChannelsResponse);
});
