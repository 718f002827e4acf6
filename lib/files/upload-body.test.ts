import { createHash } from "node:crypto";
import { mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import type { FileType } from "@/lib/inbox/types";
import { readUpload } from "./upload-body";

const tempDir = mkdtempSync(path.join(tmpdir(), "switchboard-upload-body-"));
afterAll(() => rmSync(tempDir, { recursive: true, force: true }));

const limits: Record<FileType, number> = { image: 1000, video: 1000, audio: 1000, voice: 1000, document: 2000, contact: 100 };

async function multipart(form: FormData): Promise<{ body: ArrayBuffer; contentType: string }> {
  const res = new Response(form);
  return { body: await res.arrayBuffer(), contentType: res.headers.get("content-type")! };
}

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

/** A body stream that counts how much of it was pulled. */
function countingStream(bytes: Uint8Array, chunk = 16 * 1024) {
  const state = { pulled: 0, cancelled: false };
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (state.pulled >= bytes.length) return controller.close();
      controller.enqueue(bytes.subarray(state.pulled, state.pulled + chunk));
      state.pulled += chunk;
    },
    cancel() {
      state.cancelled = true;
    },
  });
  return { stream, state };
}

describe("readUpload", () => {
  it("reads the file, its name and the voice flag", async () => {
    const form = new FormData();
    form.set("file", new Blob([new Uint8Array([1, 2, 3])]), "a b.ogg");
    form.set("voice", "1");
    const { body, contentType } = await multipart(form);
    const upload = await readUpload(new Request("http://x/api/files", { method: "POST", body, headers: { "content-type": contentType } }), limits, tempDir);
    expect({ bytes: readFileSync(upload.path), claimedName: upload.claimedName, voice: upload.voice }).toEqual({ bytes: Buffer.from([1, 2, 3]), claimedName: "a b.ogg", voice: true });
  });

  it("streams the file into a private temporary file, with its size and SHA-256", async () => {
    const bytes = Buffer.from(Array.from({ length: 1500 }, (_, i) => i % 251));
    const form = new FormData();
    form.set("file", new Blob([new Uint8Array(bytes)]), "canción ñ.pdf");
    const { body, contentType } = await multipart(form);
    const upload = await readUpload(new Request("http://x/api/files", { method: "POST", body, headers: { "content-type": contentType } }), limits, tempDir);
    expect(path.dirname(upload.path)).toBe(tempDir);
    expect(statSync(upload.path).mode & 0o777).toBe(0o600);
    expect(readFileSync(upload.path).equals(bytes)).toBe(true);
    expect(upload).toMatchObject({ size: 1500, sha256: createHash("sha256").update(bytes).digest("hex"), claimedName: "canción ñ.pdf", voice: false });
    rmSync(upload.path);
  });

  it("answers 413 once the file passes the largest limit, removing what it had written", async () => {
    const form = new FormData();
    form.set("file", new Blob([new Uint8Array(2001)]), "big.pdf");
    const { body, contentType } = await multipart(form);
    const ownDir = path.join(tempDir, "413");
    const error = await refusal(readUpload(new Request("http://x/api/files", { method: "POST", body, headers: { "content-type": contentType } }), limits, ownDir));
    expect([error.status, error.code]).toEqual([413, "payload_too_large"]);
    expect(readdirSync(ownDir)).toEqual([]);
  });

  it("refuses by Content-Length before reading anything", async () => {
    const { stream, state } = countingStream(new Uint8Array(200 * 1024));
    const req = new Request("http://x/api/files", {
      method: "POST",
      body: stream,
      duplex: "half",
      headers: { "content-type": "multipart/form-data; boundary=x", "content-length": String(200 * 1024) },
    } as RequestInit);
    const error = await refusal(readUpload(req, limits, tempDir));
    expect([error.status, error.code]).toEqual([413, "payload_too_large"]);
    expect(state.pulled).toBeLessThanOrEqual(16 * 1024);
  });

  it("stops reading a body without Content-Length once it passes the cap", async () => {
    const { stream, state } = countingStream(new Uint8Array(4 * 1024 * 1024));
    const req = new Request("http://x/api/files", { method: "POST", body: stream, duplex: "half", headers: { "content-type": "multipart/form-data; boundary=x" } } as RequestInit);
    const error = await refusal(readUpload(req, limits, tempDir));
    expect(error.status).toBe(413);
    expect(state.pulled).toBeLessThan(200 * 1024);
    expect(state.cancelled).toBe(true);
  });

  it("answers 422 for a body that is not multipart or has no file", async () => {
    expect((await refusal(readUpload(new Request("http://x", { method: "POST", body: "{}", headers: { "content-type": "application/json" } }), limits, tempDir))).status).toBe(422);
    const form = new FormData();
    form.set("file", "just text");
    const { body, contentType } = await multipart(form);
    const error = await refusal(readUpload(new Request("http://x", { method: "POST", body, headers: { "content-type": contentType } }), limits, tempDir));
    expect([error.status, error.message]).toEqual([422, "Attach a file in the field named file."]);
  });
});
