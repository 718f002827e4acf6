import { rules } from "@/lib/auth/route-rules";
import { withAgent } from "@/lib/api/handler";
import { parseParams } from "@/lib/inbox/conversation-query";
import { getRuntime } from "@/lib/runtime/boot";
import { SEARCH_PARAMS, searchQuerySchema } from "@/lib/search/query";
import { searchInbox } from "@/lib/search/search";
import type { SearchResponse } from "@/lib/search/types";

export const dynamic = "force-dynamic";

/** Messages, notes and contacts across every channel the agent may see (the query applies the policy). */
export const GET = withAgent(rules.signedIn(), async (req, { agent }) => {
  const query = parseParams(req, searchQuerySchema, SEARCH_PARAMS, "search terms");
  const { db } = await getRuntime();
  return Response.json((await searchInbox(db, agent, query)) satisfies SearchResponse);
});
