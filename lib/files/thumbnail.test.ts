import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { AppError } from "@/lib/errors";
import { makeThumbnail } from "./thumbnail";

describe("makeThumbnail", () => {
  it("turns the image upright from EXIF and strips its metadata", async () => {
    const rotated = await sharp({ create: { width: 40, height: 20, channels: 3, background: "#123456" } })
      .jpeg()
      .withMetadata({ orientation: 6, exif: { IFD0: { Copyright: "secret-gps-here" } } })
      .toBuffer();
    const thumb = await sharp(await makeThumbnail(rotated)).metadata();
    expect([thumb.format, thumb.width, thumb.height]).toEqual(["jpeg", 20, 40]);
    expect(thumb.exif).toBeUndefined();
    expect(thumb.orientation).toBeUndefined();
  });

  it("fits large images in 320 px", async () => {
    const big = await sharp({ create: { width: 2000, height: 1000, channels: 4, background: "#ff000080" } }).png().toBuffer();
    const thumb = await sharp(await makeThumbnail(big)).metadata();
    expect([thumb.width, thumb.height]).toEqual([320, 160]);
  });

  it("refuses an image its decoder cannot read", async () => {
    await expect(makeThumbnail(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0]))).rejects.toBeInstanceOf(AppError);
  });
});
