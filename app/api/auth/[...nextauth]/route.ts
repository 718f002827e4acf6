import NextAuth from "next-auth";
import { refuseOddAuthRequest } from "@/lib/api/auth-route-guard";
import { buildAuthOptions } from "@/lib/auth/options";
import { getRuntime } from "@/lib/runtime/boot";

export const dynamic = "force-dynamic";

type RouteContext = { params: Promise<{ nextauth: string[] }> };

async function handler(req: Request, context: RouteContext) {
  const refused = await refuseOddAuthRequest(req, (await context.params).nextauth ?? []);
  if (refused) return refused;
  const runtime = await getRuntime();
  return NextAuth(buildAuthOptions(runtime))(req, context);
}

export { handler as GET, handler as POST };
