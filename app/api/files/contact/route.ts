import { rules } from "@/lib/auth/route-rules";
import { parseJsonBody, withAgent } from "@/lib/api/handler";
import { contactCardSchema, saveContactCard } from "@/lib/files/vcard";
import { toUploadResponse } from "@/lib/files/view";
import type { UploadResponse } from "@/lib/inbox/types";
import { getRuntime } from "@/lib/runtime/boot";

export const dynamic = "force-dynamic";

/** A contact card typed by the agent, stored as a vCard file ready to send. */
export const POST = withAgent(rules.signedIn(), async (req, { agent }) => {
  const card = await parseJsonBody(req, contactCardSchema);
  const { config, db } = await getRuntime();
  const file = await saveContactCard(db, config, card, agent.id);
  return Response.json(toUploadResponse(config, file) satisfies UploadResponse, { status: 201 });
});
