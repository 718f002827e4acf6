import { parseJsonBody, withAgent } from "@/lib/api/handler";
import { rules } from "@/lib/auth/route-rules";
import { AppError } from "@/lib/errors";
import { getRuntime } from "@/lib/runtime/boot";
import { contactPatchSchema, updateContact } from "@/lib/teams/contact-edit";
import { getContact, type ContactResponse } from "@/lib/teams/contacts";

export const dynamic = "force-dynamic";

type Params = { conversationId: string };

/** The conversation's contact and its conversations on the channels the agent may see. */
export const GET = withAgent<Params>(rules.conversation("conversation.view"), async (_req, { agent, scope }) => {
  if (!scope) throw new AppError("internal", 500, "The conversation was not loaded.");
  const { db } = await getRuntime();
  return Response.json((await getContact(db, agent, scope.conversationId)) satisfies ContactResponse);
});

/** Changes the contact's name, email, phone or notes (an empty value clears one). */
export const PATCH = withAgent<Params>(rules.conversation("contact.edit"), async (req, { agent, scope }) => {
  if (!scope) throw new AppError("internal", 500, "The conversation was not loaded.");
  const patch = await parseJsonBody(req, contactPatchSchema, 32 * 1024);
  const { db } = await getRuntime();
  return Response.json((await updateContact(db, agent, scope.conversationId, patch)) satisfies ContactResponse);
});
