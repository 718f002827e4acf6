/** A minimal Server-Sent Events reader over fetch, for tests: collects `inbox` events. */
export interface SseClient {
  events: { id: string | null; type: string; data: unknown }[];
  status: number;
  close: () => void;
}

export async function connectSse(url: string, headers: Record<string, string>): Promise<SseClient> {
  const abort = new AbortController();
  const res = await fetch(url, { headers: { accept: "text/event-stream", ...headers }, signal: abort.signal });
  const client: SseClient = { events: [], status: res.status, close: () => abort.abort() };
  if (!res.ok || !res.body) return client;
  void (async () => {
    const reader = res.body!.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    try {
      for (;;) {
        const { value, done } = await reader.read();
        if (done) break;
        buffer += decoder.decode(value, { stream: true });
        let end;
        while ((end = buffer.indexOf("\n\n")) >= 0) {
          const frame = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const field = (name: string) => frame.split("\n").find((l) => l.startsWith(`${name}: `))?.slice(name.length + 2) ?? null;
          const data = field("data");
          if (data !== null) client.events.push({ id: field("id"), type: field("event") ?? "message", data: JSON.parse(data) });
        }
      }
    } catch {
      // closed by the test
    }
  })();
  return client;
}
