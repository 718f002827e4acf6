import { SANDBOX_CREDENTIALS } from "@/lib/config";
import { serveAfilnet } from "@/lib/sandbox/http";
import { sandboxProtocolRoute } from "../../_lib/guard";

export const dynamic = "force-dynamic";

// Afilnet's /api/basic/: a form POST, the credentials in `Authorization: Basic`.
export const POST = sandboxProtocolRoute((request, { db }) =>
  serveAfilnet(request, { db, credentials: SANDBOX_CREDENTIALS, transport: "basic" }),
);
