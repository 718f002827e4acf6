import { describe, expect, it } from "vitest";
import { cleanFileName } from "./names";

describe("cleanFileName", () => {
  it("keeps a plain name with the right extension", () => {
    expect(cleanFileName("Factura marzo.pdf", "pdf")).toBe("Factura marzo.pdf");
    expect(cleanFileName("IMG_0001.JPEG", "jpg")).toBe("IMG_0001.JPEG");
  });

  it("drops directories, both slash styles", () => {
    expect(cleanFileName("../../etc/passwd.txt", "txt")).toBe("passwd.txt");
    expect(cleanFileName("C:\\Users\\ana\\cv.pdf", "pdf")).toBe("cv.pdf");
  });

  it("removes control characters and bidi overrides", () => {
    expect(cleanFileName("inv\u0000oice\n.pdf", "pdf")).toBe("invoice.pdf");
    expect(cleanFileName("photo\u202Egpj.exe", "png")).toBe("photogpj.png");
  });

  it("replaces an extension that does not match the content", () => {
    expect(cleanFileName("photo.exe", "png")).toBe("photo.png");
    expect(cleanFileName("report", "pdf")).toBe("report.pdf");
  });

  it("names a file that had no usable name", () => {
    expect(cleanFileName("", "jpg")).toBe("file.jpg");
    expect(cleanFileName("...", "jpg")).toBe("file.jpg");
    expect(cleanFileName(null, "mp3")).toBe("file.mp3");
  });

  it("limits the length to 120 characters, extension included", () => {
    const name = cleanFileName(`${"á".repeat(300)}.pdf`, "pdf");
    expect(Array.from(name)).toHaveLength(120);
    expect(name.endsWith(".pdf")).toBe(true);
  });

  it("never gives an original the thumbnail's name", () => {
    expect(cleanFileName("thumbnail.jpg", "jpg")).toBe("thumbnail-1.jpg");
  });
});
