import { describe, expect, it } from "vitest";
import { pieceBody, readAll } from "./body";

const bytes = Buffer.from(Array.from({ length: 25 }, (_, i) => 65 + i)); // A..Y
const PIECE = 10;

/** A body over `bytes` in pieces of 10, recording which pieces were read and whether it was closed. */
function recorded() {
  const log = { read: [] as number[], closed: 0 };
  const body = pieceBody(bytes.length, PIECE, async () => ({
    read: async (index) => {
      log.read.push(index);
      return bytes.subarray(index * PIECE, (index + 1) * PIECE);
    },
    close: async () => {
      log.closed++;
    },
  }));
  return { body, log };
}

async function text(stream: ReadableStream<Uint8Array>): Promise<string> {
  return Buffer.from(await new Response(stream).arrayBuffer()).toString("latin1");
}

describe("pieceBody", () => {
  it("streams any byte range, reading only the pieces it covers", async () => {
    const { body, log } = recorded();
    expect(await text(body.stream(8, 12))).toBe("IJKLM");
    expect(log).toEqual({ read: [0, 1], closed: 1 });
    const tail = recorded();
    expect(await text(tail.body.stream(20, 24))).toBe("UVWXY");
    expect(tail.log.read).toEqual([2]);
    expect((await readAll(recorded().body)).equals(bytes)).toBe(true);
  });

  it("reads a piece only when the client asks for more, and closes when it stops", async () => {
    const { body, log } = recorded();
    const reader = body.stream(0, 24).getReader();
    expect(Buffer.from((await reader.read()).value!).toString("latin1")).toBe("ABCDEFGHIJ");
    await new Promise((r) => setTimeout(r, 20));
    expect(log.read).toEqual([0]);
    await reader.cancel();
    expect(log.closed).toBe(1);
  });

  it("fails the stream, rather than sending short, when the stored bytes end early", async () => {
    const short = pieceBody(30, PIECE, async () => ({ read: async (index) => bytes.subarray(index * PIECE, (index + 1) * PIECE) }));
    await expect(text(short.stream(0, 29))).rejects.toThrow();
  });
});
