import { readSimulatorChat } from "@/lib/sandbox/simulator";
import { sandboxRoute } from "../../../../../_lib/guard";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ channelId: string; destination: string }> };

// Reading is the contact viewing the chat, so the operator's messages in it become `read`.
export const GET = sandboxRoute<Context>(async (_request, { params }, { db }) => {
  const { channelId, destination } = await params;
  return Response.json(await readSimulatorChat(db, channelId, destination));
});
