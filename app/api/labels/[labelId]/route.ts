import { rules } from "@/lib/auth/route-rules";
import { parseJsonBody, uuidParam, withAgent } from "@/lib/api/handler";
import { notFound } from "@/lib/errors";
import { getRuntime } from "@/lib/runtime/boot";
import { deleteLabel, updateLabel } from "@/lib/teams/labels";
import { labelPatchSchema } from "@/lib/validation/settings";
import type { LabelResponse } from "../route";

export const dynamic = "force-dynamic";

function labelId(params: { labelId: string }): string {
  const id = uuidParam.safeParse(params.labelId);
  if (!id.success) throw notFound("This label");
  return id.data;
}

export const PATCH = withAgent<{ labelId: string }>(rules.role("settings.manage"), async (req, { agent, params }) => {
  const id = labelId(params);
  const { db } = await getRuntime();
  const input = await parseJsonBody(req, labelPatchSchema, 4096);
  return Response.json({ label: await updateLabel(db, agent, id, input) } satisfies LabelResponse);
});

export const DELETE = withAgent<{ labelId: string }>(rules.role("settings.manage"), async (_req, { agent, params }) => {
  const id = labelId(params);
  const { db } = await getRuntime();
  await deleteLabel(db, agent, id);
  return Response.json({ deleted: true });
});
