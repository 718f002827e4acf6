import { parseJsonBody, withAgent } from "@/lib/api/handler";
import { rules } from "@/lib/auth/route-rules";
import { AppError } from "@/lib/errors";
import type { MessageView } from "@/lib/inbox/types";
import { getRuntime } from "@/lib/runtime/boot";
import { addNote, noteSchema } from "@/lib/teams/notes";
import { assertNotSilent } from "@/lib/teams/silent-view";

export const dynamic = "force-dynamic";

export interface AddNoteResponse {
  message: MessageView;
}

/** An internal note (201): stored and shown to the team, never sent to the provider. */
export const POST = withAgent<{ conversationId: string }>(rules.conversation("conversation.note"), async (req, { agent, scope }) => {
  if (!scope) throw new AppError("internal", 500, "The conversation was not loaded.");
  // 10,000 characters of UTF-8 with JSON escapes fit well under 64 KiB.
  const input = await parseJsonBody(req, noteSchema, 64 * 1024);
  const { db } = await getRuntime();
  // A supervisor viewing silently must "Join" first: a note is taking part.
  await assertNotSilent(db, agent, scope);
  const message = await addNote(db, agent, scope, input);
  return Response.json({ message } satisfies AddNoteResponse, { status: 201 });
});
