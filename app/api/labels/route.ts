import { withAgent } from "@/lib/api/handler";
import { rules } from "@/lib/auth/route-rules";
import { getRuntime } from "@/lib/runtime/boot";
import { listLabels, type LabelView } from "@/lib/teams/labels";

export const dynamic = "force-dynamic";

export interface LabelsResponse {
  labels: LabelView[];
}

/** Every agent labels conversations; only admins define labels (settings). */
export const GET = withAgent(rules.signedIn(), async () => {
  const { db } = await getRuntime();
  return Response.json({ labels: await listLabels(db) } satisfies LabelsResponse);
});
