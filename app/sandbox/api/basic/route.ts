import { SANDBOX_CREDENTIALS } from "@/lib/config";
import { serveAfilnet } from "@/lib/sandbox/http";
import { sandboxRoute } from "../../_lib/guard";

export const dynamic = "force-dynamic";

// Afilnet's /api/basic/: a form POST, the credentials in `Authorization: Basic`.
export const POST = sandboxRoute<unknown>((request, _context, { db }) =>
  serveAfilnet(request, { db, credentials: SANDBOX_CREDENTIALS, transport: "basic" }),
);
