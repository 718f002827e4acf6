import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import type { FileType } from "@/lib/inbox/types";
import { detectFile, detectStoredFile } from "./detect";
import * as sample from "./test-samples";

const MB = 1024 * 1024;
const limits: Record<FileType, number> = { image: 16 * MB, video: 64 * MB, audio: 16 * MB, voice: 16 * MB, document: 100 * MB, contact: 1 * MB };
const detect = (bytes: Buffer, options: { voice?: boolean; claimedName?: string; limits?: Record<FileType, number> } = {}) =>
  detectFile(bytes, { voice: options.voice ?? false, claimedName: options.claimedName, limits: options.limits ?? limits });

async function refusal(promise: Promise<unknown>): Promise<AppError> {
  const error = await promise.then(() => null, (e: unknown) => e);
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

describe("detectFile", () => {
  it.each([
    ["PNG", sample.png, "image", "image/png", "png"],
    ["JPEG", sample.jpeg, "image", "image/jpeg", "jpg"],
    ["GIF", sample.gif, "image", "image/gif", "gif"],
    ["WebP", sample.webp, "image", "image/webp", "webp"],
    ["MP4", () => sample.isoMedia("isom"), "video", "video/mp4", "mp4"],
    ["QuickTime", () => sample.isoMedia("qt  "), "video", "video/quicktime", "mov"],
    ["WebM", sample.webm, "video", "video/webm", "webm"],
    ["MP3", sample.mp3, "audio", "audio/mpeg", "mp3"],
    ["Ogg Vorbis", sample.oggVorbis, "audio", "audio/ogg", "ogg"],
    ["Ogg Opus", sample.oggOpus, "audio", "audio/ogg; codecs=opus", "opus"],
    ["M4A", () => sample.isoMedia("M4A "), "audio", "audio/mp4", "m4a"],
    ["WAV", sample.wav, "audio", "audio/wav", "wav"],
    ["PDF", sample.pdf, "document", "application/pdf", "pdf"],
    ["DOCX", sample.docx, "document", "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "docx"],
    ["UTF-8 text", sample.text, "document", "text/plain", "txt"],
  ])("recognises %s from its bytes", async (_label, make, type, mime, ext) => {
    expect(await detect(await make(), { claimedName: "whatever.bin" })).toEqual({ type, mime, ext });
  });

  it("ignores the name: a PNG called report.pdf is an image", async () => {
    expect((await detect(await sample.png(), { claimedName: "report.pdf" })).type).toBe("image");
  });

  it("takes text as CSV only when it is text and named .csv", async () => {
    expect(await detect(sample.csv(), { claimedName: "export.csv" })).toEqual({ type: "document", mime: "text/csv", ext: "csv" });
  });

  it.each([
    ["WebM", sample.webm, "audio/webm"],
    ["Ogg Opus", sample.oggOpus, "audio/ogg"],
    ["MP4 audio", () => sample.isoMedia("M4A "), "audio/mp4"],
    ["MP4 from Safari's recorder", () => sample.isoMedia("iso5"), "audio/mp4"],
  ])("makes a browser-recorded %s a voice note", async (_label, make, mime) => {
    expect(await detect(await make(), { voice: true })).toMatchObject({ type: "voice", mime });
  });

  it("refuses a voice note that is not recorded audio", async () => {
    const error = await refusal(detect(await sample.png(), { voice: true }));
    expect(error.message).toMatch(/can't be sent as a voice note/);
  });

  it("refuses an empty file", async () => {
    const error = await refusal(detect(Buffer.alloc(0)));
    expect([error.status, error.code, error.message]).toEqual([422, "file_empty", "The file is empty."]);
  });

  it.each([
    ["an ELF program", sample.elf],
    ["a Windows program", sample.windowsExe],
    ["a Mach-O program", sample.machO],
    ["a shell script", sample.shellScript],
  ])("refuses %s even when it is named photo.jpg", async (_label, make) => {
    const error = await refusal(detect(make(), { claimedName: "photo.jpg" }));
    expect([error.status, error.code]).toEqual([422, "file_type_not_allowed"]);
    expect(error.message).toMatch(/^This kind of file can't be sent: it is a program or a script/);
  });

  it.each([
    ["SVG", sample.svg],
    ["HTML", sample.html],
  ])("refuses %s, which could run scripts", async (_label, make) => {
    const error = await refusal(detect(make(), { claimedName: "notes.txt" }));
    expect(error.message).toBe("This kind of file can't be sent: web pages and SVG images can carry scripts.");
  });

  it("refuses content of no allowed kind: a plain ZIP, binary noise", async () => {
    const zip = await refusal(detect(sample.plainZip()));
    expect(zip.message).toMatch(/^This kind of file can't be sent: application\/zip/);
    const noise = await refusal(detect(Buffer.from([0x00, 0x13, 0x88, 0xfe, 0x00, 0x01])));
    expect(noise.message).toMatch(/^This kind of file can't be sent: its content is not/);
  });

  it("refuses a file over its type's limit, naming both sizes", async () => {
    const bytes = Buffer.concat([await sample.png(), Buffer.alloc(20 * MB)]);
    const error = await refusal(detect(bytes));
    expect([error.status, error.code]).toEqual([422, "file_too_large"]);
    expect(error.message).toBe("Images can be at most 16 MB; this one is 20 MB.");
  });

  it("applies the configured limit of the detected type, not of the largest", async () => {
    const small = { ...limits, document: 1024 };
    const error = await refusal(detect(Buffer.concat([sample.pdf(), Buffer.alloc(200 * 1024)]), { limits: small }));
    expect(error.message).toBe("Documents can be at most 0.1 MB; this one is 0.2 MB.");
    expect((await detect(await sample.png(), { limits: small })).type).toBe("image");
  });
});

describe("detectStoredFile (an upload received into a file)", () => {
  const dir = mkdtempSync(path.join(tmpdir(), "switchboard-detect-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  const inFile = (bytes: Buffer) => {
    const file = path.join(dir, `${crypto.randomUUID()}.part`);
    writeFileSync(file, bytes);
    return detectStoredFile(file, bytes.length, { voice: false, claimedName: "a.txt", limits });
  };

  it.each([
    ["PNG", sample.png],
    ["DOCX", sample.docx],
    ["UTF-8 text", sample.text],
    ["an ELF program", sample.elf],
    ["an SVG", sample.svg],
    ["a plain ZIP", sample.plainZip],
  ])("judges %s exactly as detectFile judges its bytes", async (_label, make) => {
    const bytes = await make();
    const settle = (p: Promise<unknown>) => p.then((v) => ({ v }), (e: AppError) => ({ e: [e.code, e.message] }));
    expect(await settle(inFile(bytes))).toEqual(await settle(detect(bytes, { claimedName: "a.txt" })));
  });

  it("reads a text file to its end: a NUL or invalid UTF-8 far past the start refuses it", async () => {
    const lines = Buffer.from("línea de texto\n".repeat(20_000));
    expect(await inFile(lines)).toMatchObject({ type: "document", mime: "text/plain" });
    for (const tail of [Buffer.from([0]), Buffer.from([0xff, 0xfe])]) {
      const error = await refusal(inFile(Buffer.concat([lines, tail])));
      expect(error.message).toMatch(/^This kind of file can't be sent: its content is not/);
    }
  });

  it("finds markup after a long run of leading whitespace", async () => {
    const error = await refusal(inFile(Buffer.concat([Buffer.from(" \n".repeat(100_000)), sample.html()])));
    expect(error.message).toBe("This kind of file can't be sent: web pages and SVG images can carry scripts.");
  });
});
