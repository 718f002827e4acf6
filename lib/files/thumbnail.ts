import "server-only";
import sharp from "sharp";
import { AppError } from "@/lib/errors";

const THUMBNAIL_SIZE = 320;

/**
 * A JPEG at most 320 px on its longest side, turned upright from EXIF, with no metadata (sharp
 * drops it unless asked to keep it): the provider shows it while the original loads.
 * Videos get none: that would need ffmpeg. `image` may be a file path: libvips then reads the
 * file itself, so the original never has to be in JavaScript memory.
 */
export async function makeThumbnail(image: Uint8Array | string): Promise<Buffer> {
  try {
    return await sharp(image, { animated: false })
      .rotate()
      .resize(THUMBNAIL_SIZE, THUMBNAIL_SIZE, { fit: "inside", withoutEnlargement: true })
      .flatten({ background: "#ffffff" })
      .jpeg({ quality: 80 })
      .toBuffer();
  } catch {
    // The magic bytes said image but the decoder disagrees: a damaged or disguised file.
    throw new AppError("file_unreadable", 422, "This image could not be read; it may be damaged.");
  }
}
