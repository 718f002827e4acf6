/**
 * A request body's bytes, or null once it passes `limit`: refused by Content-Length before
 * reading, then by counting while reading (a chunked body declares no length), so a huge body
 * is never buffered. No imports: the API guards and the sandbox's stand-in share it.
 */
export async function readCappedBody(request: Request, limit: number): Promise<Buffer | null> {
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) return null;
  if (!request.body) return Buffer.alloc(0);
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => {});
      return null;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks);
}
