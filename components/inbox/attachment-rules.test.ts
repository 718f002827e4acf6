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

const DEFAULTS = { image: 16 * MB, video: 64 * MB, audio: 16 * MB, voice: 16 * MB, document: 100 * MB, contact: 1 * MB };

describe("attachmentProblem", () => {
  it("refuses empty files and programs before any upload", () => {
    expect(attachmentProblem({ name: "a.pdf", size: 0, type: "application/pdf" }, DEFAULTS)).toMatch(/empty/);
    expect(attachmentProblem({ name: "setup.exe", size: 10, type: "application/x-msdownload" }, DEFAULTS)).toMatch(/program/);
  });

  it("applies each type's size limit", () => {
    expect(attachmentProblem({ name: "big.png", size: 17 * MB, type: "image/png" }, DEFAULTS)).toBe(
      'Images can be at most 16 MB; "big.png" is 17 MB.',
    );
    expect(attachmentProblem({ name: "ok.png", size: 16 * MB, type: "image/png" }, DEFAULTS)).toBeNull();
    expect(attachmentProblem({ name: "film.mp4", size: 60 * MB, type: "video/mp4" }, DEFAULTS)).toBeNull();
    expect(attachmentProblem({ name: "film.mp4", size: 65 * MB, type: "video/mp4" }, DEFAULTS)).toMatch(/Videos can be at most 64 MB/);
    expect(attachmentProblem({ name: "doc.pdf", size: 99 * MB, type: "application/pdf" }, DEFAULTS)).toBeNull();
  });

  it("checks the limits the server hands down, not numbers of its own", () => {
    const limits = { ...DEFAULTS, image: 2 * MB };
    expect(attachmentProblem({ name: "big.png", size: 3 * MB, type: "image/png" }, limits)).toBe('Images can be at most 2 MB; "big.png" is 3 MB.');
    expect(attachmentProblem({ name: "big.png", size: 17 * MB, type: "image/png" }, { ...DEFAULTS, image: 20 * MB })).toBeNull();
    // Without the server's limits, only the server judges the size.
    expect(attachmentProblem({ name: "huge.pdf", size: 500 * MB, type: "application/pdf" }, null)).toBeNull();
  });
});
