/**
 * Route params may reach us still percent-encoded (client `useParams`) or already decoded
 * (server pages), depending on the Next version; ids never contain '%', so decoding is safe.
 */
export function decodeParam(value: string | string[] | undefined): string | undefined {
  const raw = Array.isArray(value) ? value[0] : value;
  if (raw === undefined) return undefined;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw;
  }
}

export function channelHref(channelId: string): string {
  return `/inbox/${encodeURIComponent(channelId)}`;
}

export function conversationHref(channelId: string, conversationId: string): string {
  return `${channelHref(channelId)}/${encodeURIComponent(conversationId)}`;
}
