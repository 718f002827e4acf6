import { describe, expect, it } from "vitest";
import type { FileRow } from "./file-store";
import { fileResponse, parseRange } from "./serve";

const file = (over: Partial<FileRow> = {}): FileRow => ({
  id: "00000000-0000-4000-8000-000000000000",
  token: "t".repeat(43),
  name: "canción ñ.mp3",
  mime: "audio/mpeg",
  type: "audio",
  size: 10,
  sha256: "0".repeat(64),
  storage: "disk",
  hasThumbnail: false,
  uploadedBy: null,
  createdAt: new Date(),
  ...over,
});
const bytes = Buffer.from("0123456789");
const get = (headers: Record<string, string> = {}) => new Request("http://x/files/t/a", { headers });

describe("fileResponse", () => {
  it("serves media inline with headers that keep it inert", async () => {
    const res = fileResponse(get(), file(), bytes, "original");
    expect(res.status).toBe(200);
    expect(Object.fromEntries(res.headers)).toMatchObject({
      "content-type": "audio/mpeg",
      "content-disposition": `inline; filename="canci_n _.mp3"; filename*=UTF-8''canci%C3%B3n%20%C3%B1.mp3`,
      "x-content-type-options": "nosniff",
      "cache-control": "private, max-age=31536000, immutable",
      "content-security-policy": "default-src 'none'; sandbox",
      "content-length": "10",
    });
    expect(Buffer.from(await res.arrayBuffer())).toEqual(bytes);
  });

  it("serves documents and contact cards as attachments", () => {
    const pdf = fileResponse(get(), file({ mime: "application/pdf", type: "document", name: "a.pdf" }), bytes, "original");
    expect(pdf.headers.get("content-disposition")).toMatch(/^attachment; /);
    const card = fileResponse(get(), file({ mime: "text/vcard", type: "contact", name: "Ana.vcf" }), bytes, "original");
    expect(card.headers.get("content-type")).toBe("text/vcard; charset=utf-8");
    expect(card.headers.get("content-disposition")).toMatch(/^attachment; /);
  });

  it("answers a range request with 206 for seeking", async () => {
    const res = fileResponse(get({ range: "bytes=2-5" }), file(), bytes, "original");
    expect([res.status, res.headers.get("content-range"), await res.text()]).toEqual([206, "bytes 2-5/10", "2345"]);
    const tail = fileResponse(get({ range: "bytes=-3" }), file(), bytes, "original");
    expect(await tail.text()).toBe("789");
    const beyond = fileResponse(get({ range: "bytes=20-" }), file(), bytes, "original");
    expect([beyond.status, beyond.headers.get("content-range")]).toEqual([416, "bytes */10"]);
  });

  it("ignores ranges it does not support and sends everything", () => {
    expect(parseRange("bytes=0-1,4-5", 10)).toBeNull();
    expect(parseRange("items=0-1", 10)).toBeNull();
    expect(parseRange("bytes=5-100", 10)).toEqual({ start: 5, end: 9 });
  });
});
