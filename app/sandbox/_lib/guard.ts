import "server-only";
import { getConfig } from "@/lib/config";
import { getRuntime, type Runtime } from "@/lib/runtime/boot";
import { SimulatorError } from "@/lib/sandbox/simulator";

/** Every sandbox route exists only in sandbox mode; in live mode it is indistinguishable from a missing page. */
export function sandboxEnabled(): boolean {
  return getConfig().mode === "sandbox";
}

const notFound = () => new Response("Not Found", { status: 404, headers: { "content-type": "text/plain; charset=utf-8" } });

type Handler<C> = (request: Request, context: C, runtime: Runtime) => Promise<Response>;

/**
 * Wraps a sandbox route: 404 in live mode, the runtime handed in, and the simulator's errors
 * mapped to 404/422 JSON so bad input never becomes a 500.
 */
export function sandboxRoute<C>(handler: Handler<C>) {
  return async (request: Request, context: C): Promise<Response> => {
    if (!sandboxEnabled()) return notFound();
    try {
      return await handler(request, context, await getRuntime());
    } catch (error) {
      if (error instanceof SimulatorError) return Response.json(error.toBody(), { status: error.code === "not_found" ? 404 : 422 });
      throw error;
    }
  };
}

/** A JSON body, or a 422-worthy SimulatorError when it is not JSON. */
export async function readJson(request: Request): Promise<unknown> {
  try {
    return await request.json();
  } catch {
    throw new SimulatorError("invalid_input", "Send a JSON body.");
  }
}
