import { z } from "zod";
import { invalidInput } from "@/lib/errors";

/** A keyset position: a timestamp and a tie-breaking id, opaque to clients. */
export interface Cursor {
  at: Date;
  id: string;
}

// A cursor goes straight into a `timestamptz` comparison: a date JS takes but PostgreSQL does not
// (year 0000, which JS reads as 1 BC) is a database error. Years 0001-9999 are what both take and
// what encodeCursor can produce from a stored row, so nothing this app hands out is refused.
const EARLIEST = Date.parse("0001-01-01T00:00:00Z");
const LATEST = Date.parse("9999-12-31T23:59:59.999Z");
const MAX_RAW_LENGTH = 256;

const atSchema = z.iso
  .datetime()
  .transform((s) => new Date(s))
  .refine((d) => !Number.isNaN(d.getTime()) && d.getTime() >= EARLIEST && d.getTime() <= LATEST);

/** What a cursor's id must be: it is cast to the key's column type in SQL. */
export interface CursorKind {
  id: z.ZodType<string>;
  /** Shown when the cursor is not one this list ever handed out. */
  invalid: string;
}

export const conversationCursor: CursorKind = {
  id: z.uuid(),
  invalid: "This page cursor is not valid. Reload the list.",
};

// Message ids are bigserial read as JS numbers: a position past the safe integers was never issued.
export const messageCursor: CursorKind = {
  id: z
    .string()
    .regex(/^\d{1,16}$/)
    .refine((s) => Number.isSafeInteger(Number(s))),
  invalid: "This page cursor is not valid. Reload the conversation.",
};

export function encodeCursor(at: Date, id: string | number): string {
  return Buffer.from(JSON.stringify([at.toISOString(), String(id)])).toString("base64url");
}

/** Null for no cursor (the first page); 422 for anything this app did not hand out. */
export function decodeCursor(raw: string | null, kind: CursorKind): Cursor | null {
  if (raw === null || raw === "") return null;
  const invalid = () => invalidInput(kind.invalid);
  if (raw.length > MAX_RAW_LENGTH) throw invalid();
  let json: unknown;
  try {
    json = JSON.parse(Buffer.from(raw, "base64url").toString("utf8"));
  } catch {
    throw invalid();
  }
  const parsed = z.tuple([atSchema, kind.id]).safeParse(json);
  if (!parsed.success) throw invalid();
  const [at, id] = parsed.data;
  return { at, id };
}
