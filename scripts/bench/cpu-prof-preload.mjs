// Loaded with `NODE_OPTIONS=--import …` by `npm run bench:api -- --cpu-prof DIR` (node 20 refuses
// --cpu-prof in NODE_OPTIONS): profiles the whole process with the inspector and writes
// DIR/<pid>.cpuprofile when it exits. A same-thread inspector session answers synchronously,
// so the 'exit' handler can still stop the profiler and write the file.
import { writeFileSync } from "node:fs";
import inspector from "node:inspector";
import path from "node:path";

const dir = process.env.BENCH_CPU_PROF_DIR;
if (dir) {
  const session = new inspector.Session();
  session.connect();
  session.post("Profiler.enable");
  session.post("Profiler.setSamplingInterval", { interval: 200 });
  session.post("Profiler.start");
  process.on("exit", () => {
    session.post("Profiler.stop", (error, result) => {
      if (!error) writeFileSync(path.join(dir, `${process.pid}.cpuprofile`), JSON.stringify(result.profile));
    });
  });
}
