// Percentiles, EXPLAIN summaries and the Markdown the benchmark prints.

export interface Timing {
  p50: number;
  p95: number;
  max: number;
}

/** Nearest-rank percentiles of a list of durations in milliseconds. */
export function summarise(samples: number[]): Timing {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (p: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(p * sorted.length) - 1))];
  return { p50: rank(0.5), p95: rank(0.95), max: sorted[sorted.length - 1] };
}

const ms = (v: number) => (v < 10 ? v.toFixed(2) : v.toFixed(1));

/** One row per query, three columns (p50, p95, max) per database. */
export function timingTable(queries: string[], byDatabase: Map<string, Map<string, Timing>>): string {
  const dbs = [...byDatabase.keys()];
  const header = `| query | ${dbs.map((d) => `${d} p50 | ${d} p95 | ${d} max`).join(" | ")} |`;
  const rule = `| --- | ${dbs.map(() => "---: | ---: | ---:").join(" | ")} |`;
  const rows = queries.map((q) => {
    const cells = dbs.map((d) => {
      const t = byDatabase.get(d)?.get(q);
      return t ? `${ms(t.p50)} | ${ms(t.p95)} | ${ms(t.max)}` : "– | – | –";
    });
    return `| ${q} | ${cells.join(" | ")} |`;
  });
  return [header, rule, ...rows].join("\n");
}

export const sortsRows = (lines: string[]) => lines.some((l) => /^\s*(->\s*)?(Incremental )?Sort\b/.test(l));
export const executionMs = (lines: string[]) => Number(/Execution Time: ([\d.]+)/.exec(lines.join("\n"))?.[1] ?? NaN);

/**
 * The gist of an `EXPLAIN (ANALYZE, BUFFERS)` text plan: its top node, every scan with the index
 * or table it reads, whether anything is sorted, and the execution time.
 */
export function summarisePlan(lines: string[]): string {
  const top = lines[0]?.replace(/\s+\(cost=.*$/, "").trim() ?? "?";
  const scans = lines
    .map((l) => /(Index Only Scan(?: Backward)? using \S+|Index Scan(?: Backward)? using \S+|Bitmap Index Scan on \S+|Seq Scan on \S+)/.exec(l)?.[1])
    .filter((s): s is string => Boolean(s));
  const sorted = sortsRows(lines) ? "sorts rows" : "no sort";
  const buffers = lines.find((l) => /Buffers:/.test(l))?.trim().replace(/^Buffers:\s*/, "") ?? "";
  const time = lines.find((l) => /^Execution Time/.test(l))?.replace(/^Execution Time:\s*/, "") ?? "?";
  const indexed = scans.some((s) => s.startsWith("Seq Scan")) ? "HAS A SEQ SCAN" : "no seq scan";
  return `${top} · ${scans.join(", ")} · ${sorted} · ${indexed} · buffers ${buffers} · ${time}`;
}
