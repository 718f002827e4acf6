import sharp from "sharp";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import * as sample from "@/lib/files/test-samples";
import type { ApiErrorBody, UploadResponse } from "@/lib/inbox/types";
import { startApp } from "../support/app-server";
import { signIn } from "../support/session";
import { ADMIN, bigPdf, FILE_LIMITS_MB, fetchPublic, heldUpload, MB, storedOnDisk, temporaryFiles, upload, type Session } from "../support/uploads";

describe("files on the embedded (disk) store", () => {
  const s = {} as Session;
  beforeAll(async () => {
    s.app = await startApp(3181, { FILE_LIMITS_MB });
    s.cookie = await signIn(s.app.url, ...ADMIN);
  });
  afterAll(async () => s.app?.stop());

  it.each([
    ["an image", () => sample.png(800, 400), "foto.png", {}, "image", "image/png", "inline"],
    ["a video", () => sample.isoMedia("isom"), "clip.mp4", {}, "video", "video/mp4", "inline"],
    ["an audio file", sample.mp3, "song.mp3", {}, "audio", "audio/mpeg", "inline"],
    ["a voice note", sample.oggOpus, "blob", { voice: "1" }, "voice", "audio/ogg", "inline"],
    ["a PDF", sample.pdf, "factura.pdf", {}, "document", "application/pdf", "attachment"],
    ["a Word document", sample.docx, "carta.docx", {}, "document", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "attachment"],
    ["a text file", sample.text, "nota.txt", {}, "document", "text/plain; charset=utf-8", "attachment"],
  ])("uploads %s and serves the same bytes publicly", async (_label, make, name, extra, type, contentType, disposition) => {
    const bytes = await make();
    const { status, body } = await upload(s, bytes, name, extra);
    expect(status, JSON.stringify(body)).toBe(201);
    expect(body.file).toMatchObject({ type, size: bytes.length });
    expect(body.file.url.startsWith(`http://localhost:3181/files/`)).toBe(true);
    const res = await fetchPublic(s, body.file.url);
    expect(res.status).toBe(200);
    expect(Buffer.from(await res.arrayBuffer())).toEqual(bytes);
    expect(res.headers.get("content-type")).toBe(contentType);
    expect(res.headers.get("content-disposition")).toMatch(new RegExp(`^${disposition}; `));
    expect(res.headers.get("x-content-type-options")).toBe("nosniff");
    expect(res.headers.get("cache-control")).toBe("private, max-age=31536000, immutable");
    expect(res.headers.get("content-security-policy")).toBe("default-src 'none'; sandbox");
  });

  it("serves an image's thumbnail, and byte ranges of media", async () => {
    const { body } = await upload(s, await sample.jpeg(1000, 500), "big.jpg");
    expect(body.file.thumbUrl).toBe(body.file.url.replace(/[^/]+$/, "thumbnail.jpg"));
    const thumb = await fetchPublic(s, body.file.thumbUrl!);
    expect([thumb.status, thumb.headers.get("content-type")]).toEqual([200, "image/jpeg"]);
    const meta = await sharp(Buffer.from(await thumb.arrayBuffer())).metadata();
    expect([meta.width, meta.height]).toEqual([320, 160]);

    const audio = await upload(s, sample.mp3(), "a.mp3");
    const part = await fetchPublic(s, audio.body.file.url, { headers: { range: "bytes=0-2" } });
    expect([part.status, part.headers.get("content-range"), await part.text()]).toEqual([206, `bytes 0-2/${sample.mp3().length}`, "ID3"]);
  });

  it.each([
    ["an empty file", () => Buffer.alloc(0), "empty.txt", "file_empty", "The file is empty."],
    ["a renamed executable", sample.windowsExe, "photo.jpg", "file_type_not_allowed", /^This kind of file can't be sent: it is a program or a script/],
    ["an SVG", sample.svg, "logo.svg", "file_type_not_allowed", /SVG images can carry scripts/],
    ["a ZIP", sample.plainZip, "fotos.zip", "file_type_not_allowed", /^This kind of file can't be sent: application\/zip/],
    ["an image over its limit", async () => Buffer.concat([await sample.png(), Buffer.alloc(1.5 * MB)]), "huge.png", "file_too_large", "Images can be at most 1 MB; this one is 1.5 MB."],
  ])("refuses %s with 422 and the reason, storing nothing", async (_label, make, name, code, message) => {
    const before = storedOnDisk(s.app);
    const { status, body } = await upload(s, await make(), name);
    expect(status).toBe(422);
    expect(body.error.code).toBe(code);
    expect(body.error.message).toMatch(message);
    expect(storedOnDisk(s.app)).toEqual(before);
  });

  it("answers 413 past the hard cap, before storing anything", async () => {
    const before = storedOnDisk(s.app);
    const { status, body } = await upload(s, Buffer.concat([sample.pdf(), Buffer.alloc(3 * MB)]), "big.pdf");
    expect([status, body.error.code, body.error.message]).toEqual([413, "payload_too_large", "Files can be at most 2 MB."]);
    expect(storedOnDisk(s.app)).toEqual(before);
  });

  it("answers 401 to uploads without a session", async () => {
    const { status, body } = await upload(s, sample.pdf(), "a.pdf", {}, "");
    expect([status, body.error.code]).toEqual([401, "unauthorized"]);
    const card = await fetch(`${s.app.url}/api/files/contact`, { method: "POST", headers: { "content-type": "application/json", origin: s.app.url }, body: JSON.stringify({ name: "A", phone: "600" }) });
    expect(card.status).toBe(401);
  });

  it("builds, stores and serves a contact card", async () => {
    const res = await fetch(`${s.app.url}/api/files/contact`, {
      method: "POST",
      headers: { cookie: s.cookie, origin: s.app.url, "content-type": "application/json" },
      body: JSON.stringify({ name: "Ana Pérez; soporte", phone: "+34 600 123 456", email: "ana@example.com" }),
    });
    expect(res.status).toBe(201);
    const body = (await res.json()) as UploadResponse;
    expect(body.file).toMatchObject({ type: "contact", mime: "text/vcard", name: "Ana Pérez; soporte.vcf", thumbUrl: null });
    const card = await fetchPublic(s, body.file.url);
    expect(card.headers.get("content-type")).toBe("text/vcard; charset=utf-8");
    expect(card.headers.get("content-disposition")).toMatch(/^attachment; /);
    const text = await card.text();
    expect(text).toContain("BEGIN:VCARD\r\nVERSION:3.0\r\n");
    expect(text).toContain("FN:Ana Pérez\\; soporte\r\n");
    expect(text).toContain("TEL;TYPE=CELL:+34 600 123 456\r\n");

    const bad = await fetch(`${s.app.url}/api/files/contact`, {
      method: "POST",
      headers: { cookie: s.cookie, origin: s.app.url, "content-type": "application/json" },
      body: JSON.stringify({ name: "Ana" }),
    });
    expect(bad.status).toBe(422);
    expect(((await bad.json()) as ApiErrorBody).error.message).toBe("Enter a phone number or an email address.");
  });

  it("streams a large upload to disk and serves byte ranges across its pieces, keeping a UTF-8 name", async () => {
    const bytes = bigPdf(1.5 * MB);
    const { status, body } = await upload(s, bytes, "factura ñ.pdf");
    expect(status, JSON.stringify(body)).toBe(201);
    expect(body.file).toMatchObject({ name: "factura ñ.pdf", size: bytes.length });
    const whole = await fetchPublic(s, body.file.url);
    expect(Buffer.from(await whole.arrayBuffer()).equals(bytes)).toBe(true);
    const [from, to] = [256 * 1024 - 5, 1024 * 1024 + 5];
    const part = await fetchPublic(s, body.file.url, { headers: { range: `bytes=${from}-${to}` } });
    expect([part.status, part.headers.get("content-range")]).toEqual([206, `bytes ${from}-${to}/${bytes.length}`]);
    expect(Buffer.from(await part.arrayBuffer()).equals(bytes.subarray(from, to + 1))).toBe(true);
  });

  it("leaves no temporary file behind, whether it stores an upload or refuses it", async () => {
    await upload(s, sample.pdf(), "ok.pdf");
    await upload(s, sample.elf(), "photo.jpg");
    await upload(s, Buffer.concat([sample.pdf(), Buffer.alloc(3 * MB)]), "big.pdf");
    expect(temporaryFiles(s.app)).toEqual([]);
  });

  it("answers 429 with Retry-After to a third upload while an agent has two in progress, and frees the slots when they end", async () => {
    const first = heldUpload(s, sample.pdf(), "one.pdf");
    const second = heldUpload(s, sample.elf(), "two.pdf");
    // Both requests take their slots once they reach the handler, before their bodies are
    // complete; on a busy machine that takes a moment, so a third upload is tried until refused
    // (one that slips in first simply succeeds and frees its slot).
    const third = () => {
      const form = new FormData();
      form.set("file", new Blob([new Uint8Array(sample.pdf())]), "three.pdf");
      return fetch(`${s.app.url}/api/files`, { method: "POST", body: form, headers: { cookie: s.cookie, origin: s.app.url } });
    };
    const res = await vi.waitFor(
      async () => {
        const attempt = await third();
        if (attempt.status !== 429) throw new Error(`a third upload answered ${attempt.status}`);
        return attempt;
      },
      { timeout: 15_000, interval: 250 },
    );
    expect(res.status).toBe(429);
    expect(res.headers.get("retry-after")).toBe("5");
    expect(((await res.json()) as ApiErrorBody).error).toEqual({ code: "too_many_uploads", message: "You already have 2 uploads in progress. Wait for one to finish, then try again." });

    first.finish();
    second.finish();
    expect([(await first.response).status, (await second.response).status]).toEqual([201, 422]);
    const after = await Promise.all([upload(s, sample.pdf(), "four.pdf"), upload(s, sample.pdf(), "five.pdf")]);
    expect(after.map((r) => r.status)).toEqual([201, 201]);
  });

  it("answers 404 for unknown or malformed tokens, without redirecting to sign-in", async () => {
    for (const link of [`/files/${"A".repeat(43)}/a.pdf`, "/files/nope/a.pdf", `/files/${"B".repeat(43)}/thumbnail.jpg`]) {
      const res = await fetch(`${s.app.url}${link}`, { redirect: "manual" });
      expect(res.status, link).toBe(404);
    }
    const { body } = await upload(s, sample.pdf(), "a.pdf");
    expect(body.file.thumbUrl).toBeNull();
    expect((await fetchPublic(s, body.file.url.replace(/[^/]+$/, "thumbnail.jpg"))).status).toBe(404);
  });
});
