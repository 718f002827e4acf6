import { listSimulatorChats } from "@/lib/sandbox/simulator";
import { sandboxRoute } from "../../../../_lib/guard";

export const dynamic = "force-dynamic";

type Context = { params: Promise<{ channelId: string }> };

export const GET = sandboxRoute<Context>(async (_request, { params }, { db }) => {
  const { channelId } = await params;
  return Response.json(await listSimulatorChats(db, channelId));
});
