import { parseJsonBody } from "@/lib/api/handler";
import { rules } from "@/lib/auth/route-rules";
import { addBulkHistory } from "@/lib/sandbox/bulk";
import { bulkHistorySchema } from "@/lib/sandbox/simulator-schema";
import { sandboxAgentRoute } from "../../../../_lib/guard";

export const dynamic = "force-dynamic";

/**
 * Adds long generated histories to the stand-in (`{ destination, chats, messagesPerChat, from }`),
 * which the app then mirrors like any chat: how load tests get a 20,000-message thread or 2,000
 * conversations. Admins only: one call writes up to 20,000 rows.
 */
export const POST = sandboxAgentRoute<{ channelId: string }>(rules.role("settings.manage"), async (request, { params }, { db }) => {
  const input = await parseJsonBody(request, bulkHistorySchema, 1024);
  return Response.json(await addBulkHistory(db, params.channelId, input), { status: 201 });
});
