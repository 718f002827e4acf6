import { clearFaults, faultSchema, listFaults, queueFault } from "@/lib/sandbox/faults";
import { SimulatorError } from "@/lib/sandbox/simulator";
import { readJson, sandboxRoute } from "../../_lib/guard";

export const dynamic = "force-dynamic";

export const GET = sandboxRoute<unknown>(async () => Response.json({ faults: listFaults() }));

/** Queues one fault for the next protocol requests (see lib/sandbox/faults.ts for the kinds). */
export const POST = sandboxRoute<unknown>(async (request) => {
  const parsed = faultSchema.safeParse(await readJson(request));
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue.path.join(".") || "kind";
    throw new SimulatorError("invalid_input", `${field}: ${issue.message}`, { [field]: issue.message });
  }
  return Response.json({ fault: queueFault(parsed.data) }, { status: 201 });
});

export const DELETE = sandboxRoute<unknown>(async () => {
  clearFaults();
  return Response.json({ faults: [] });
});
