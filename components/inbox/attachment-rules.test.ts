import { describe, expect, it } from "vitest";
import { attachmentProblem, guessFileType } from "./attachment-rules";

const MB = 1024 * 1024;

describe("guessFileType", () => {
  it("follows the browser's claim, documents by default", () => {
    expect(guessFileType({ type: "image/png" })).toBe("image");
    expect(guessFileType({ type: "video/mp4" })).toBe("video");
    expect(guessFileType({ type: "audio/ogg" })).toBe("audio");
    expect(guessFileType({ type: "audio/webm" }, true)).toBe("voice");
    expect(guessFileType({ type: "application/pdf" })).toBe("document");
    expect(guessFileType({ type: "" })).toBe("document");
  });
});

describe("attachmentProblem", () => {
  it("refuses empty files and programs before any upload", () => {
    expect(attachmentProblem({ name: "a.pdf", size: 0, type: "application/pdf" })).toMatch(/empty/);
    expect(attachmentProblem({ name: "setup.exe", size: 10, type: "application/x-msdownload" })).toMatch(/program/);
  });

  it("applies each type's size limit", () => {
    expect(attachmentProblem({ name: "big.png", size: 17 * MB, type: "image/png" })).toBe(
      'Images can be at most 16 MB; "big.png" is 17 MB.',
    );
    expect(attachmentProblem({ name: "ok.png", size: 16 * MB, type: "image/png" })).toBeNull();
    expect(attachmentProblem({ name: "film.mp4", size: 60 * MB, type: "video/mp4" })).toBeNull();
    expect(attachmentProblem({ name: "film.mp4", size: 65 * MB, type: "video/mp4" })).toMatch(/Videos can be at most 64 MB/);
    expect(attachmentProblem({ name: "doc.pdf", size: 99 * MB, type: "application/pdf" })).toBeNull();
  });
});
