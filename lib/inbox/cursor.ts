import { z } from "zod";
import { invalidInput } from "@/lib/errors";

/** A keyset position: a timestamp and a tie-breaking id, opaque to clients. */
export interface Cursor {
  at: Date;
  id: string;
}

const cursorSchema = z.tuple([z.iso.datetime(), z.string().min(1).max(64)]);

export function encodeCursor(at: Date, id: string | number): string {
  return Buffer.from(JSON.stringify([at.toISOString(), String(id)])).toString("base64url");
}

export function decodeCursor(raw: string | null): Cursor | null {
  if (raw === null || raw === "") return null;
  try {
    const [at, id] = cursorSchema.parse(JSON.parse(Buffer.from(raw, "base64url").toString("utf8")));
    return { at: new Date(at), id };
  } catch {
    throw invalidInput("This page cursor is not valid. Reload the list.");
  }
}
