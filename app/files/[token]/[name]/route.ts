import { rules, withRule } from "@/lib/auth/route-rules";
import { errorFields, logFor } from "@/lib/observability/log";
import { fileResponse } from "@/lib/files/serve";
import { getFileByToken, openStored } from "@/lib/files/store";
import { getRuntime } from "@/lib/runtime/boot";

export const dynamic = "force-dynamic";

const notFound = () =>
  new Response("Not found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8", "x-content-type-options": "nosniff" } });

/**
 * Public on purpose: the provider's servers fetch these URLs without a session. The token is
 * the secret; the name is only for people and is not checked.
 */
async function serve(req: Request, { params }: { params: Promise<{ token: string; name: string }> }): Promise<Response> {
  try {
    const { token, name } = await params;
    const { config, db } = await getRuntime();
    const file = await getFileByToken(db, token);
    if (!file) return notFound();
    // No original is ever named thumbnail.jpg (see cleanFileName), so the name is unambiguous.
    const variant = name === "thumbnail.jpg" ? "thumbnail" : "original";
    if (variant === "thumbnail" && !file.hasThumbnail) return notFound();
    // Streamed from the disk or the database a piece at a time: a large file is never held whole.
    const body = await openStored(db, config, file, variant);
    if (!body) return notFound();
    return fileResponse(req, file, body, variant);
  } catch (error) {
    logFor("files").error(errorFields(error), "serving a file failed");
    return new Response("Unavailable", { status: 503, headers: { "content-type": "text/plain; charset=utf-8" } });
  }
}

const servePublic = withRule(serve, rules.public("the provider fetches files without a session: the token is the secret"));
export const GET = servePublic;
export const HEAD = servePublic;
