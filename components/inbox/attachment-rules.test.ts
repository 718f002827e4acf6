import { describe, expect, it } from "vitest";
import { testTranslator } from "@/lib/i18n/test-translator";
import { attachmentProblem, guessFileType, type FileLike, type FileLimits } from "./attachment-rules";

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

const english = { t: testTranslator("en", "composer.problem"), locale: "en-GB" };
const problem = (file: FileLike, limits: FileLimits | null) => attachmentProblem(file, limits, english);

describe("attachmentProblem", () => {
  it("refuses empty files and programs before any upload", () => {
    expect(problem({ name: "a.pdf", size: 0, type: "application/pdf" }, DEFAULTS)).toMatch(/empty/);
    expect(problem({ name: "setup.exe", size: 10, type: "application/x-msdownload" }, DEFAULTS)).toMatch(/program/);
  });

  it("applies each type's size limit", () => {
    expect(problem({ name: "big.png", size: 17 * MB, type: "image/png" }, DEFAULTS)).toBe(
      'Images can be at most 16 MB; "big.png" is 17 MB.',
    );
    expect(problem({ name: "ok.png", size: 16 * MB, type: "image/png" }, DEFAULTS)).toBeNull();
    expect(problem({ name: "film.mp4", size: 60 * MB, type: "video/mp4" }, DEFAULTS)).toBeNull();
    expect(problem({ name: "film.mp4", size: 65 * MB, type: "video/mp4" }, DEFAULTS)).toMatch(/Videos can be at most 64 MB/);
    expect(problem({ name: "doc.pdf", size: 99 * MB, type: "application/pdf" }, DEFAULTS)).toBeNull();
  });

  it("checks the limits the server hands down, not numbers of its own", () => {
    const limits = { ...DEFAULTS, image: 2 * MB };
    expect(problem({ name: "big.png", size: 3 * MB, type: "image/png" }, limits)).toBe('Images can be at most 2 MB; "big.png" is 3 MB.');
    expect(problem({ name: "big.png", size: 17 * MB, type: "image/png" }, { ...DEFAULTS, image: 20 * MB })).toBeNull();
    // Without the server's limits, only the server judges the size.
    expect(problem({ name: "huge.pdf", size: 500 * MB, type: "application/pdf" }, null)).toBeNull();
  });

  it("says it in the agent's language, sizes in its number format", () => {
    const french = { t: testTranslator("fr", "composer.problem"), locale: "fr-FR" };
    const limits = { ...DEFAULTS, voice: 1.5 * MB };
    expect(attachmentProblem({ name: "note.ogg", size: 2.5 * MB, type: "audio/ogg" }, limits, french, true)).toBe(
      "Les messages vocaux ne peuvent pas dépasser 1,5\u00a0Mo\u202f; «\u00a0note.ogg\u00a0» fait 2,5\u00a0Mo.",
    );
    const spanish = { t: testTranslator("es", "composer.problem"), locale: "es-ES" };
    expect(attachmentProblem({ name: "a.pdf", size: 0, type: "application/pdf" }, DEFAULTS, spanish)).toBe("«a.pdf» está vacío: no hay nada que enviar.");
  });
});
