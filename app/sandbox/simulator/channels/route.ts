import { listSimulatorChannels } from "@/lib/sandbox/simulator";
import { sandboxRoute } from "../../_lib/guard";

export const dynamic = "force-dynamic";

export const GET = sandboxRoute<unknown>(async (_request, _context, { db }) => Response.json(await listSimulatorChannels(db)));
