import "server-only";
import { assertContentType, readBodyText } from "@/lib/api/request-guard";
import { AppError } from "@/lib/errors";

// Email, password and a return path fit in far less; the cap stops big bodies before parsing.
export const SIGN_IN_BODY_LIMIT_BYTES = 8 * 1024;

export type SignInForm = { kind: "json" | "form"; fields: unknown };

/**
 * A sign-in body: JSON from the page's script, or a urlencoded form posted by the browser before
 * (or without) scripts. Either way a POST body, so credentials never reach a URL.
 */
export async function readSignInRequest(req: Request): Promise<SignInForm> {
  const type = assertContentType(req, ["application/json", "application/x-www-form-urlencoded"]);
  const text = await readBodyText(req, SIGN_IN_BODY_LIMIT_BYTES);
  if (type === "application/x-www-form-urlencoded") return { kind: "form", fields: Object.fromEntries(new URLSearchParams(text)) };
  try {
    return { kind: "json", fields: JSON.parse(text) };
  } catch {
    throw new AppError("malformed_body", 400, "The request body must be JSON.");
  }
}
