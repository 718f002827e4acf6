// `npx tsx scripts/bench/cpu-profile.ts FILE.cpuprofile [--last S] [--next-dir DIR] [--top 40] [--stack|--group label=regex ...]`
// Summarises a V8 CPU profile (`node --cpu-prof`, e.g. from `npm run bench:api -- --cpu-prof DIR`):
// self time by module (package, app file, node internals) and by function, total (inclusive)
// time by function, and for each `--stack label=regex` the share of samples whose stack holds a
// frame matching the regex ("function source"), e.g. --stack proxy='proxy\.ts'. Frames in Next's
// minified server chunks are mapped back to their sources with the build's .js.map files.
// `--group label=regex` sums self time by module into groups (first match). `--last S` keeps only the last S seconds (the measured load, not the start and the sign-ins).
import { existsSync, readFileSync } from "node:fs";
import { SourceMap, type SourceMapping } from "node:module";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    top: { type: "string", default: "40" },
    last: { type: "string" },
    // The build the profile was taken on, when .next has been rebuilt since (a copy of it).
    "next-dir": { type: "string" },
    stack: { type: "string", multiple: true, default: [] },
    group: { type: "string", multiple: true, default: [] },
  },
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
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(url.replace(/%40/g, "@"));
  // drizzle-orm's own source maps name its files node_modules/src/… once mapped through ours.
  if (pkg?.[1] === "src") return "drizzle-orm";
  if (pkg) return pkg[1] === "next" ? `next/${pkg[2].split("/").slice(0, 3).join("/")}` : pkg[1];
  if (url.startsWith("node:")) return url;
  const chunk = /\.next\/server\/(.*)$/.exec(url);
  if (chunk) return `.next/server/${chunk[1].replace(/__[0-9a-f]+\._?\.js$/, "").slice(0, 60)}`;
  return url.replace(/^file:\/\/.*?\/(app|lib|scripts)\//, "$1/").replace(/^\//, "");
}
const maps = new Map<string, SourceMap | null>();
function mapOf(url: string): SourceMap | null {
  if (!maps.has(url)) {
    const local = url.startsWith("file:") ? fileURLToPath(url) : url;
    const file = values["next-dir"] ? local.replace(/^.*?\/\.next\//, `${values["next-dir"]}/`) : local;
    maps.set(url, existsSync(`${file}.map`) ? new SourceMap(JSON.parse(readFileSync(`${file}.map`, "utf8"))) : null);
  }
  return maps.get(url)!;
}

/** A frame as "function source:line", through the chunk's source map when there is one. */
const frames = new Map<number, { name: string; module: string }>();
function frameOf(n: ProfileNode): { name: string; module: string } {
  let frame = frames.get(n.id);
  if (!frame) {
    const { functionName, url, lineNumber, columnNumber } = n.callFrame;
    const entry = url.includes("/.next/server/") ? mapOf(url)?.findEntry(lineNumber, columnNumber) : undefined;
    const source = entry && "originalSource" in entry ? (entry as SourceMapping & { name?: string }) : undefined;
    const mod = source ? moduleOf(source.originalSource.replace(/^(\.\.\/)+/, "/"), functionName) : moduleOf(url, functionName);
    const line = source ? source.originalLine + 1 : lineNumber + 1;
    frame = { name: `${source?.name ?? (functionName || "(anonymous)")} ${mod}:${line}`, module: mod };
    frames.set(n.id, frame);
  }
  return frame;
}
const frameName = (n: ProfileNode) => frameOf(n).name;

// Time per sample: the delta that follows it (V8 records the gap before each sample).
const at: number[] = [];
profile.timeDeltas.reduce((t, dt, i) => (at[i] = t + dt), 0);
const from = values.last ? at[at.length - 1] - Number(values.last) * 1e6 : -Infinity;
const selfTime = new Map<number, number>();
let total = 0;
profile.samples.forEach((id, i) => {
  if (at[i] < from) return;
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
  add(selfByModule, frameOf(node).module, t);
  add(selfByFn, frameName(node), t);
  const stack = stackOf(id);
  for (const name of new Set(stack.map(frameName))) add(totalByFn, name, t);
  const described = stack.map((f) => `${frameName(f)} ${f.callFrame.url}`);
  for (const rule of stackRules) if (described.some((d) => rule.re.test(d))) rule.time += t;
}

const pct = (t: number) => `${((100 * t) / total).toFixed(1).padStart(5)} %`;
function print(title: string, m: Map<string, number>, count = top) {
  console.log(`\n## ${title}`);
  for (const [k, v] of [...m].sort((a, b) => b[1] - a[1]).slice(0, count)) console.log(`${pct(v)}  ${k}`);
}
console.log(`${(total / 1e6).toFixed(1)} s sampled`);
print("self time by module", selfByModule);
print("self time by function", selfByFn);
print("total time by function", totalByFn);
if (values.group.length) {
  // Self time by module, put in the first group whose regex matches the module's name.
  const groups = values.group.map((g) => ({ label: g.slice(0, g.indexOf("=")), re: new RegExp(g.slice(g.indexOf("=") + 1)) }));
  const byGroup = new Map<string, number>();
  for (const [mod, t] of selfByModule) add(byGroup, groups.find((g) => g.re.test(mod))?.label ?? "other", t);
  print("self time by group", byGroup, Infinity);
}
if (stackRules.length) {
  console.log("\n## samples whose stack holds");
  for (const r of stackRules) console.log(`${pct(r.time)}  ${r.label} (${r.re.source})`);
}
