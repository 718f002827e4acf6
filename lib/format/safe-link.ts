/**
 * The text as a link target when the whole message is one http(s) URL, else null. Other schemes
 * (javascript:, data:, file:) are never made clickable: the text is then shown as text.
 */
export function safeHttpUrl(text: string): string | null {
  const trimmed = text.trim();
  if (!trimmed || /\s/.test(trimmed)) return null;
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    return null;
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") return null;
  if (!url.hostname) return null;
  return url.href;
}

/** A name for a contact card from its file name ("Ada Lovelace.vcf" → "Ada Lovelace"). */
export function contactName(fileName: string | null): string {
  const name = (fileName ?? "").replace(/\.vcf$/i, "").trim();
  return name || "Contact";
}
