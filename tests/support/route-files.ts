import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

/** Every `route.ts` under `app/`, read from the disk so that a new route is covered without a list to update. */

export type Segment =
  | { kind: "static"; value: string }
  | { kind: "dynamic"; name: string }
  | { kind: "catch-all"; name: string; optional: boolean };

export interface RouteFile {
  /** Relative to the repository, e.g. `app/api/events/route.ts`. */
  file: string;
  /** The URL shape, e.g. `/api/channels/[channelId]/conversations`. */
  pattern: string;
  segments: Segment[];
  methods: string[];
}

const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"] as const;

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return walk(full);
    return /^route\.(ts|tsx|js|mjs)$/.test(entry.name) ? [full] : [];
  });
}

function toSegment(part: string): Segment | null {
  if (/^\(.*\)$/.test(part) || part.startsWith("@")) return null; // route groups and slots add nothing to the URL
  const optional = /^\[\[\.\.\.(.+)\]\]$/.exec(part);
  if (optional) return { kind: "catch-all", name: optional[1], optional: true };
  const catchAll = /^\[\.\.\.(.+)\]$/.exec(part);
  if (catchAll) return { kind: "catch-all", name: catchAll[1], optional: false };
  const dynamic = /^\[(.+)\]$/.exec(part);
  if (dynamic) return { kind: "dynamic", name: dynamic[1] };
  return { kind: "static", value: part };
}

/** The HTTP methods a route module exports: `export const GET`, `export async function POST`, `export { h as GET }`. */
export function exportedMethods(source: string): string[] {
  const found = new Set<string>();
  for (const m of source.matchAll(/export\s+(?:const|let|async\s+function|function)\s+([A-Z]+)\b/g)) found.add(m[1]);
  for (const block of source.matchAll(/export\s*\{([^}]*)\}/g)) {
    for (const item of block[1].split(",")) found.add(item.trim().split(/\s+as\s+/).pop()!.trim());
  }
  return HTTP_METHODS.filter((m) => found.has(m));
}

export function listRouteFiles(root: string): RouteFile[] {
  return walk(path.join(root, "app"))
    .sort()
    .map((full) => {
      const rel = path.relative(root, full);
      const parts = path.dirname(path.relative(path.join(root, "app"), full)).split(path.sep).filter((p) => p !== ".");
      const segments = parts.map(toSegment).filter((s): s is Segment => s !== null);
      const pattern =
        "/" +
        segments
          .map((s) => (s.kind === "static" ? s.value : s.kind === "dynamic" ? `[${s.name}]` : `[...${s.name}]`))
          .join("/");
      return { file: rel, pattern, segments, methods: exportedMethods(readFileSync(full, "utf8")) };
    });
}
