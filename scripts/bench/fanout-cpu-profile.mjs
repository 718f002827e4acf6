// Preloaded into the server by `bench:fanout --cpu-prof DIR` (NODE_OPTIONS=--import …; Node 20
// refuses --cpu-prof there). SIGUSR2 starts a CPU profile, the next SIGUSR2 writes it to DIR:
// the bench brackets the phase it wants, so boot and stream setup stay out of the profile.
import { Session } from "node:inspector";
import { writeFileSync } from "node:fs";
import path from "node:path";

const dir = process.env.FANOUT_CPU_PROFILE_DIR;
const session = new Session();
session.connect();
let running = false;

process.on("SIGUSR2", () => {
  if (!running) {
    running = true;
    session.post("Profiler.enable", () => session.post("Profiler.start"));
    return;
  }
  running = false;
  session.post("Profiler.stop", (error, result) => {
    if (error || !dir) return;
    writeFileSync(path.join(dir, `server-${process.pid}-${Date.now()}.cpuprofile`), JSON.stringify(result.profile));
  });
});
