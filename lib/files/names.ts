const MAX_NAME_LENGTH = 120;
// Control characters and the bidi overrides that make "gpj.exe" look like "exe.jpg".
const UNSAFE_CHARS = /[\p{Cc}\u200B-\u200F\u202A-\u202E\u2066-\u2069\uFEFF]/gu;
const EQUIVALENT_EXTS: Record<string, string[]> = { jpg: ["jpeg", "jpe"], mov: ["qt"], txt: ["text"], opus: ["ogg"] };
// The serving route answers this name with the thumbnail; an original must never be named so.
const RESERVED = "thumbnail.jpg";

/**
 * A display name from what the browser sent: no directories, no control characters, at most
 * 120 characters, and the extension of the detected type (a PNG named "photo.exe" becomes
 * "photo.png"). Only ever shown or put in a URL, never used as a path.
 */
export function cleanFileName(claimed: string | null | undefined, ext: string): string {
  const base = (claimed ?? "").split(/[\\/]/).pop() ?? "";
  let name = base.replace(UNSAFE_CHARS, "").replace(/\s+/g, " ").trim().replace(/^[.\s]+/, "");
  const dot = name.lastIndexOf(".");
  const currentExt = dot > 0 ? name.slice(dot + 1).toLowerCase() : "";
  const keepsExt = currentExt === ext || (EQUIVALENT_EXTS[ext] ?? []).includes(currentExt);
  let stem = dot > 0 && (keepsExt || /^[a-z0-9]{1,5}$/.test(currentExt)) ? name.slice(0, dot) : name;
  const finalExt = keepsExt ? name.slice(dot + 1) : ext;
  stem = Array.from(stem.trim()).slice(0, MAX_NAME_LENGTH - finalExt.length - 1).join("").trim();
  name = `${stem || "file"}.${finalExt}`;
  return name.toLowerCase() === RESERVED ? `thumbnail-1.${finalExt}` : name;
}
