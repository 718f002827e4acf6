import "server-only";

/** A stored file's bytes, handed out as a stream of any byte range, never loaded whole. */
export interface FileBody {
  size: number;
  /** Bytes start..end, both included (an empty stream when end < start). */
  stream(start: number, end: number): ReadableStream<Uint8Array>;
}

/** Reads fixed-size pieces of one stored file: piece i holds bytes i*pieceSize onwards. */
export interface PieceReader {
  read(index: number): Promise<Uint8Array>;
  close?(): Promise<void>;
}

export function bufferBody(bytes: Uint8Array): FileBody {
  return {
    size: bytes.length,
    stream: (start, end) =>
      new ReadableStream({
        start(controller) {
          if (end >= start) controller.enqueue(bytes.subarray(start, end + 1));
          controller.close();
        },
      }),
  };
}

/**
 * A body read piece by piece, on demand: the stream pulls the next piece only when the client
 * has taken the previous one, so a slow download holds one or two pieces, not the file.
 */
export function pieceBody(size: number, pieceSize: number, openReader: () => Promise<PieceReader>): FileBody {
  return {
    size,
    stream(start, end) {
      let reader: PieceReader | null = null;
      let index = Math.floor(start / pieceSize);
      const finish = async () => {
        const open = reader;
        reader = null;
        await open?.close?.();
      };
      return new ReadableStream<Uint8Array>(
        {
          async pull(controller) {
            try {
              if (end < start) return controller.close();
              reader ??= await openReader();
              const pieceStart = index * pieceSize;
              const piece = await reader.read(index);
              // Short bytes mean a damaged store: fail the response rather than send a truncated file as whole.
              if (piece.length < Math.min(pieceSize, size - pieceStart)) throw new Error(`stored file is shorter than its recorded size (${size} bytes)`);
              const from = Math.max(0, start - pieceStart);
              const to = Math.min(piece.length, end + 1 - pieceStart);
              controller.enqueue(piece.subarray(from, to));
              index++;
              if (index * pieceSize > end) {
                await finish();
                controller.close();
              }
            } catch (error) {
              await finish().catch(() => {});
              controller.error(error);
            }
          },
          async cancel() {
            await finish();
          },
        },
        { highWaterMark: 0 },
      );
    },
  };
}

/** The whole body in memory: for thumbnails, contact cards and tests. */
export async function readAll(body: FileBody): Promise<Buffer> {
  const parts: Uint8Array[] = [];
  const reader = body.stream(0, body.size - 1).getReader();
  for (let part = await reader.read(); !part.done; part = await reader.read()) parts.push(part.value);
  return Buffer.concat(parts);
}
