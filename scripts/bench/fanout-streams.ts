// Holding many event streams cheaply for `bench:fanout`: node:http on one keep-alive agent with
// no socket cap (fetch would queue behind undici's per-origin pool and cost a ReadableStream
// per stream), a line parser that keeps only (event id, arrival time) per frame.
import http from "node:http";
import { performance } from "node:perf_hooks";

/** Wall-clock milliseconds with sub-millisecond precision, comparable with the database's clock. */
export const wallNow = () => performance.timeOrigin + performance.now();

export interface Delivery {
  id: number;
  /** Wall-clock ms when the chunk carrying the frame came off the socket. */
  at: number;
  /** For `message.created` frames: the mirrored message's id (the rest of the payload is dropped). */
  messageId?: number;
}

export interface HeldStream {
  label: string;
  agentIndex: number;
  deliveries: Delivery[];
  /** True once the server's first frame (`retry:`, sent after subscribing) has arrived. */
  subscribed: boolean;
  ended: boolean;
  close: () => void;
}

const agent = new http.Agent({ keepAlive: true, maxSockets: Infinity });

/**
 * Opens `/api/events` and resolves once the server has subscribed it (its first frame arrived),
 * or rejects on a non-200 answer or after `timeoutMs`.
 */
export function openStream(baseUrl: string, cookie: string, agentIndex: number, label: string, timeoutMs = 30_000): Promise<HeldStream> {
  return new Promise((resolve, reject) => {
    const stream: HeldStream = { label, agentIndex, deliveries: [], subscribed: false, ended: false, close: () => req.destroy() };
    const timer = setTimeout(() => {
      req.destroy();
      reject(new Error(`stream ${label}: not subscribed within ${timeoutMs} ms`));
    }, timeoutMs);
    const req = http.get(`${baseUrl}/api/events`, { agent, headers: { accept: "text/event-stream", cookie } }, (res) => {
      if (res.statusCode !== 200) {
        clearTimeout(timer);
        res.resume();
        reject(new Error(`stream ${label}: HTTP ${res.statusCode}`));
        return;
      }
      res.setEncoding("utf8");
      let buffer = "";
      res.on("data", (chunk: string) => {
        const at = wallNow();
        buffer += chunk;
        let end;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (!stream.subscribed) {
            stream.subscribed = true;
            clearTimeout(timer);
            resolve(stream);
          }
          let id: number | null = null;
          let messageId: number | undefined;
          for (const line of frame.split("\n")) {
            if (line.startsWith("id: ")) id = Number(line.slice(4));
            else if (line.startsWith("data: ") && line.includes('"message.created"')) messageId = Number(/"messageId":(\d+)/.exec(line)?.[1]);
          }
          if (id !== null) stream.deliveries.push({ id, at, messageId });
        }
      });
      res.on("close", () => (stream.ended = true));
    });
    req.on("error", (error) => {
      stream.ended = true;
      clearTimeout(timer);
      if (!stream.subscribed) reject(error);
    });
  });
}

/** Runs `task` over `items` with at most `width` at once, in order of start. */
export async function inBatches<T, R>(items: T[], width: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await task(items[i], i);
    }
  };
  await Promise.all(Array.from({ length: Math.min(width, items.length) }, worker));
  return results;
}

/** Resident memory of a process in bytes (VmRSS), or NaN when it cannot be read. */
export async function rssOf(pid: number): Promise<number> {
  const { readFile } = await import("node:fs/promises");
  try {
    const status = await readFile(`/proc/${pid}/status`, "utf8");
    const kb = /VmRSS:\s+(\d+) kB/.exec(status)?.[1];
    return kb ? Number(kb) * 1024 : NaN;
  } catch {
    return NaN;
  }
}

export function closeAll(streams: HeldStream[]): void {
  for (const s of streams) s.close();
}
