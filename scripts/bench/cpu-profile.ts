// `npx tsx scripts/bench/cpu-profile.ts FILE.cpuprofile [--top 40] [--stack label=regex ...]`
// Summarises a V8 CPU profile (`node --cpu-prof`, e.g. from `npm run bench:api -- --cpu-prof DIR`):
// self time by module (package, Next's server chunks, node internals) and by function, total
// (inclusive) time by function, and for each `--stack label=regex` the share of samples whose
// stack holds a frame matching the regex ("function url"), e.g. --stack proxy='^proxy '.
import { readFileSync } from "node:fs";
import { parseArgs } from "node:util";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: "string", default: "40" }, stack: { type: "string", multiple: true, default: [] } },
});
if (positionals.length !== 1) throw new Error("usage: cpu-profile.ts FILE.cpuprofile [--top N] [--stack label=regex]");
const profile = JSON.parse(readFileSync(positionals[0], "utf8")) as Profile;
const top = Number(values.top);

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

/** Where a frame's code lives: a package, one of Next's bundles, node's internals, or V8 itself. */
function moduleOf(url: string, name: string): string {
  if (!url) return name.startsWith("(") ? name : "(native)";
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(url);
  if (pkg) return pkg[1] === "next" ? `next/${pkg[2].split("/").slice(0, 3).join("/")}` : pkg[1];
  if (url.startsWith("node:")) return url;
  const chunk = /\.next\/server\/(.*)$/.exec(url);
  if (chunk) return `.next/server/${chunk[1].replace(/__[0-9a-f]+\._?\.js$/, "").slice(0, 60)}`;
  return url.replace(/^file:\/\/.*?\/(app|lib|scripts)\//, "$1/");
}
const frameName = (n: ProfileNode) =>
  `${n.callFrame.functionName || "(anonymous)"} ${moduleOf(n.callFrame.url, n.callFrame.functionName)}:${n.callFrame.lineNumber + 1}`;

// Time per sample: the delta that follows it (V8 records the gap before each sample).
const selfTime = new Map<number, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  const dt = profile.timeDeltas[i + 1] ?? 0;
  selfTime.set(id, (selfTime.get(id) ?? 0) + dt);
  total += dt;
});

const stackOf = (id: number): ProfileNode[] => {
  const frames: ProfileNode[] = [];
  for (let cur: number | undefined = id; cur !== undefined; cur = parent.get(cur)) frames.push(byId.get(cur)!);
  return frames;
};

const selfByModule = new Map<string, number>();
const selfByFn = new Map<string, number>();
const totalByFn = new Map<string, number>();
const stackRules = values.stack.map((s) => {
  const eq = s.indexOf("=");
  return { label: s.slice(0, eq), re: new RegExp(s.slice(eq + 1)), time: 0 };
});
const add = (m: Map<string, number>, k: string, v: number) => m.set(k, (m.get(k) ?? 0) + v);
for (const [id, t] of selfTime) {
  const node = byId.get(id)!;
  add(selfByModule, moduleOf(node.callFrame.url, node.callFrame.functionName), t);
  add(selfByFn, frameName(node), t);
  const stack = stackOf(id);
  for (const name of new Set(stack.map(frameName))) add(totalByFn, name, t);
  const described = stack.map((f) => `${f.callFrame.functionName} ${f.callFrame.url}`);
  for (const rule of stackRules) if (described.some((d) => rule.re.test(d))) rule.time += t;
}

const pct = (t: number) => `${((100 * t) / total).toFixed(1).padStart(5)} %`;
function print(title: string, m: Map<string, number>) {
  console.log(`\n## ${title}`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`${pct(v)}  ${k}`);
}
console.log(`${(total / 1e6).toFixed(1)} s sampled`);
print("self time by module", selfByModule);
print("self time by function", selfByFn);
print("total time by function", totalByFn);
if (stackRules.length) {
  console.log("\n## samples whose stack holds");
  for (const r of stackRules) console.log(`${pct(r.time)}  ${r.label} (${r.re.source})`);
}
