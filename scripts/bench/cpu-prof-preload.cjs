// Loaded with `NODE_OPTIONS=--require …` by `npm run bench:api -- --cpu-prof DIR` (node 20 refuses
// --cpu-prof in NODE_OPTIONS): profiles the whole process with the inspector and writes
// DIR/<pid>.cpuprofile when it exits. A same-thread inspector session answers synchronously,
// so the 'exit' handler can still stop the profiler and write the file.
const { writeFileSync } = require("node:fs");
const inspector = require("node:inspector");
const path = require("node:path");

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
