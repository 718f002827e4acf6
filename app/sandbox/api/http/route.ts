import { SANDBOX_CREDENTIALS } from "@/lib/config";
import { serveAfilnet } from "@/lib/sandbox/http";
import { sandboxProtocolRoute } from "../../_lib/guard";

export const dynamic = "force-dynamic";

// Afilnet's /api/http/: GET with a query string, or POST with a form.
const handler = sandboxProtocolRoute((request, { db }) =>
  serveAfilnet(request, { db, credentials: SANDBOX_CREDENTIALS, transport: "http" }),
);

export const GET = handler;
export const POST = handler;
