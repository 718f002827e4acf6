// `npm run bench:upload -- [--store disk|postgres|both] [--mb 100] [--port 3470]`
// How much an upload of a large document raises the app server's memory. Runs the production
// build (run `npx next build` first) with FILE_LIMITS_MB=document=120, signs in, uploads one
// generated PDF of `--mb` MB through POST /api/files (multipart, streamed from this side so the
// client never holds it), then downloads it again, sampling the server's VmRSS in /proc every
// 20 ms. The PostgreSQL store needs TEST_DATABASE_URL (`bash scripts/ensure-test-postgres.sh`);
// a fresh database is made and dropped.
import { readFileSync, readdirSync } from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { startApp, type RunningApp } from "../../tests/support/app-server";
import { createTestDatabase } from "../../tests/support/postgres";
import { signIn } from "../../tests/support/session";

const optionsSchema = z.object({
  store: z.enum(["disk", "postgres", "both"]),
  mb: z.coerce.number().int().min(1).max(119),
  port: z.coerce.number().int().min(3470).max(3489),
});
const { values } = parseArgs({
  options: { store: { type: "string", default: "both" }, mb: { type: "string", default: "100" }, port: { type: "string", default: "3470" } },
});
const opts = optionsSchema.parse(values);
const MB = 1024 * 1024;
const ADMIN = ["admin@switchboard.test", "switchboard-admin"] as const;
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** The process and its descendants, in case `next start` ever serves from a child. */
function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  for (const entry of readdirSync("/proc")) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = readFileSync(`/proc/${entry}/stat`, "utf8");
      const ppid = Number(stat.slice(stat.lastIndexOf(")") + 2).split(" ")[1]);
      children.set(ppid, [...(children.get(ppid) ?? []), Number(entry)]);
    } catch {
      // the process ended while we listed it
    }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) tree.push(...(children.get(tree[i]) ?? []));
  return tree;
}

/** Resident memory of the server's processes, in bytes: now (VmRSS) and the highest ever (VmHWM). */
function memory(pids: number[]): { rss: number; hwm: number } {
  let rss = 0;
  let hwm = 0;
  for (const pid of pids) {
    try {
      const status = readFileSync(`/proc/${pid}/status`, "utf8");
      rss += Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
      hwm += Number(/VmHWM:\s+(\d+) kB/.exec(status)?.[1] ?? 0) * 1024;
    } catch {
      // gone
    }
  }
  return { rss, hwm };
}

/** Samples the peak VmRSS while `work` runs, and for a second after (late garbage, buffers). */
async function peakDuring<T>(pids: number[], work: () => Promise<T>): Promise<{ result: T; peak: number; seconds: number }> {
  let peak = memory(pids).rss;
  let running = true;
  const sampler = (async () => {
    while (running) {
      peak = Math.max(peak, memory(pids).rss);
      await sleep(20);
    }
  })();
  try {
    const started = performance.now();
    const result = await work();
    const seconds = (performance.now() - started) / 1000;
    await sleep(1000);
    return { result, peak, seconds };
  } finally {
    running = false;
    await sampler;
  }
}

// A PDF header (what the content detector recognises) followed by comment lines: a valid-looking
// document of any size, generated chunk by chunk.
const PDF_HEAD = Buffer.from("%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj << /Type /Catalog >> endobj\n", "latin1");
const FILLER = Buffer.from("% switchboard upload benchmark filler line, nothing to see here.........\n".repeat(1024), "latin1");

function multipartBody(size: number): { stream: ReadableStream<Uint8Array>; length: number; contentType: string } {
  const boundary = `----bench${Date.now()}`;
  const head = Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="big.pdf"\r\ncontent-type: application/pdf\r\n\r\n`);
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`);
  let sent = 0;
  let stage: "head" | "body" | "tail" | "done" = "head";
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (stage === "head") {
        controller.enqueue(Buffer.concat([head, PDF_HEAD]));
        sent = PDF_HEAD.length;
        stage = "body";
      } else if (stage === "body") {
        const n = Math.min(FILLER.length, size - sent);
        controller.enqueue(FILLER.subarray(0, n));
        sent += n;
        if (sent >= size) stage = "tail";
      } else if (stage === "tail") {
        controller.enqueue(tail);
        stage = "done";
      } else {
        controller.close();
      }
    },
  });
  return { stream, length: head.length + size + tail.length, contentType: `multipart/form-data; boundary=${boundary}` };
}

interface Result {
  store: string;
  baseline: number;
  uploadPeak: number;
  beforeDownload: number;
  downloadPeak: number;
  uploadSeconds: number;
  downloadSeconds: number;
  status: number;
}

async function measure(store: "disk" | "postgres"): Promise<Result> {
  const database = store === "postgres" ? await createTestDatabase() : null;
  let app: RunningApp | null = null;
  try {
    app = await startApp(opts.port, { FILE_LIMITS_MB: "document=120", ...(database ? { DATABASE_URL: database.url } : {}) });
    const cookie = await signIn(app.url, ...ADMIN);
    const post = async (size: number) => {
      const body = multipartBody(size);
      const res = await fetch(`${app!.url}/api/files`, {
        method: "POST",
        body: body.stream,
        duplex: "half",
        headers: { cookie, origin: app!.url, "content-type": body.contentType, "content-length": String(body.length) },
      } as RequestInit);
      return { status: res.status, body: (await res.json()) as { file?: { url: string }; error?: { message: string } } };
    };
    // Warm up: the route's modules load and compile on first use, which is not the upload's cost.
    for (let i = 0; i < 3; i++) await post(256 * 1024);
    await sleep(2000);
    const pids = processTree(app.pid);
    console.log(`${store}: server process${pids.length > 1 ? "es" : ""} ${pids.join(", ")}`);
    const baseline = memory(pids).rss;
    const upload = await peakDuring(pids, () => post(opts.mb * MB));
    if (upload.result.status !== 201) throw new Error(`upload answered ${upload.result.status}: ${JSON.stringify(upload.result.body)}`);
    await sleep(2000);
    const fileUrl = new URL(upload.result.body.file!.url).pathname;
    const beforeDownload = memory(pids).rss;
    const download = await peakDuring(pids, async () => {
      const res = await fetch(`${app!.url}${fileUrl}`);
      let received = 0;
      const reader = res.body!.getReader();
      for (let part = await reader.read(); !part.done; part = await reader.read()) received += part.value.byteLength;
      if (received !== opts.mb * MB) throw new Error(`downloaded ${received} bytes, expected ${opts.mb * MB}`);
    });
    return { store, baseline, uploadPeak: upload.peak, beforeDownload, downloadPeak: download.peak, uploadSeconds: upload.seconds, downloadSeconds: download.seconds, status: upload.result.status };
  } finally {
    await app?.stop();
    await database?.drop();
  }
}

const mb = (bytes: number) => (bytes / MB).toFixed(0);

async function main() {
  const stores = opts.store === "both" ? (["disk", "postgres"] as const) : [opts.store];
  const results: Result[] = [];
  for (const store of stores) results.push(await measure(store));
  console.log(`\nUpload of a ${opts.mb} MB document, server VmRSS in MB (sampled every 20 ms):\n`);
  console.log("| store | before upload | upload peak | increase | before download | download peak | increase | upload time | download time |");
  console.log("| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |");
  for (const r of results) {
    console.log(
      `| ${r.store} | ${mb(r.baseline)} | ${mb(r.uploadPeak)} | **${mb(r.uploadPeak - r.baseline)}** | ${mb(r.beforeDownload)} | ${mb(r.downloadPeak)} | **${mb(r.downloadPeak - r.beforeDownload)}** | ${r.uploadSeconds.toFixed(1)} s | ${r.downloadSeconds.toFixed(1)} s |`,
    );
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
