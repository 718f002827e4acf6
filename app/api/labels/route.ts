import { rules } from "@/lib/auth/route-rules";
import { parseJsonBody, withAgent } from "@/lib/api/handler";
import { getRuntime } from "@/lib/runtime/boot";
import { createLabel, listLabels, type LabelView } from "@/lib/teams/labels";
import { labelSchema } from "@/lib/validation/settings";

export const dynamic = "force-dynamic";

export interface LabelsResponse {
  labels: LabelView[];
}
export interface LabelResponse {
  label: LabelView;
}

/** Every signed-in agent reads the labels (to put them on conversations and filter by them). */
export const GET = withAgent(rules.signedIn(), async () => {
  const { db } = await getRuntime();
  return Response.json({ labels: await listLabels(db) } satisfies LabelsResponse);
});

export const POST = withAgent(rules.role("settings.manage"), async (req, { agent }) => {
  const { db } = await getRuntime();
  const input = await parseJsonBody(req, labelSchema, 4096);
  return Response.json({ label: await createLabel(db, agent, input) } satisfies LabelResponse, { status: 201 });
});
