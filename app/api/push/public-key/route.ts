import { rules } from "@/lib/auth/route-rules";
import { withAgent } from "@/lib/api/handler";
import { getConfig } from "@/lib/config";

export const dynamic = "force-dynamic";

export interface PushPublicKeyResponse {
  /** The VAPID public key browsers subscribe with (applicationServerKey), base64url. */
  publicKey: string;
}

export const GET = withAgent(rules.signedIn(), async () => {
  return Response.json({ publicKey: getConfig().vapid.publicKey } satisfies PushPublicKeyResponse);
});
