// Runs once when a server process starts, before it serves: validate the configuration, open
// and migrate the database, seed. A bad setting stops the start with one line naming it.
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  if (process.env.NEXT_PHASE === "phase-production-build") return;
  const { installHttpEdge } = await import("./lib/runtime/http-edge");
  installHttpEdge();
  const { bootOrExit } = await import("./lib/runtime/start-workers");
  await bootOrExit();
}
