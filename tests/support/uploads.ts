import { readdirSync } from "node:fs";
import path from "node:path";
import * as sample from "@/lib/files/test-samples";
import type { ApiErrorBody, UploadResponse } from "@/lib/inbox/types";
import type { RunningApp } from "./app-server";

// Helpers of the file suites (disk store and PostgreSQL store): uploads over real HTTP.

export const MB = 1024 * 1024;
// Small limits keep the refusals quick: the hard cap is the largest, 2 MB.
export const FILE_LIMITS_MB = "image=1,video=2,audio=2,voice=2,document=2,contact=1";
export const ADMIN = ["admin@switchboard.test", "switchboard-admin"] as const;

export interface Session {
  app: RunningApp;
  cookie: string;
}

export async function upload(s: Session, bytes: Buffer, name: string, extra: Record<string, string> = {}, cookie = s.cookie) {
  const form = new FormData();
  form.set("file", new Blob([new Uint8Array(bytes)]), name);
  for (const [k, v] of Object.entries(extra)) form.set(k, v);
  const res = await fetch(`${s.app.url}/api/files`, { method: "POST", body: form, headers: { origin: s.app.url, ...(cookie ? { cookie } : {}) } });
  return { status: res.status, body: (await res.json()) as UploadResponse & ApiErrorBody };
}

/**
 * An upload whose body stops after the first bytes until `finish()` is called: the server has
 * the request (and its upload slot) for as long as the test wants.
 */
export function heldUpload(s: Session, bytes: Buffer, name: string) {
  const boundary = `held${Math.random().toString(36).slice(2)}`;
  const head = Buffer.from(`--${boundary}\r\ncontent-disposition: form-data; name="file"; filename="${name}"\r\ncontent-type: application/octet-stream\r\n\r\n`);
  let finish!: () => void;
  const released = new Promise<void>((resolve) => (finish = resolve));
  const body = new ReadableStream<Uint8Array>({
    async start(controller) {
      controller.enqueue(Buffer.concat([head, bytes.subarray(0, 8)]));
      await released;
      controller.enqueue(Buffer.concat([bytes.subarray(8), Buffer.from(`\r\n--${boundary}--\r\n`)]));
      controller.close();
    },
  });
  const response = fetch(`${s.app.url}/api/files`, {
    method: "POST",
    body,
    duplex: "half",
    headers: { cookie: s.cookie, origin: s.app.url, "content-type": `multipart/form-data; boundary=${boundary}` },
  } as RequestInit).then(async (res) => ({ status: res.status, body: (await res.json()) as UploadResponse & ApiErrorBody }));
  return { finish, response };
}

export const temporaryFiles = (app: RunningApp) => {
  try {
    return readdirSync(path.join(app.dataDir, "tmp", "uploads"));
  } catch {
    return [];
  }
};

/** A PDF of `size` bytes: the header the detector knows, then filler lines. */
export const bigPdf = (size: number) => Buffer.concat([sample.pdf(), Buffer.alloc(size - sample.pdf().length, "% filler\n")]);

/** Fetches a public file link on the test app, with no session at all. */
export const fetchPublic = (s: Session, publicUrl: string, init: RequestInit = {}) =>
  fetch(`${s.app.url}${new URL(publicUrl).pathname}`, { redirect: "manual", ...init });

export function storedOnDisk(app: RunningApp): string[] {
  try {
    return readdirSync(path.join(app.dataDir, "files"), { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => e.name);
  } catch {
    return [];
  }
}
