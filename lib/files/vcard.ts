import "server-only";
import { z } from "zod";
import type { AppConfig } from "@/lib/config";
import type { Db } from "@/lib/db/client";
import type { FileRow } from "./file-store";
import { checkSizeLimit } from "./limits";
import { cleanFileName } from "./names";
import { storeFile } from "./store";
import { hasNul, nulMessage } from "@/lib/validation/text";

export const contactCardSchema = z
  .object({
    name: z
      .string()
      .trim()
      .min(1, "Enter a name.")
      .max(120, "The name can be at most 120 characters.")
      .refine((n) => !hasNul(n), nulMessage("The name")),
    phone: z.preprocess(
      (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
      z.string().trim().regex(/^\+?[0-9 ()-]{3,32}$/, "Enter a phone number: digits, spaces, ( ) and -, optionally starting with +.").optional(),
    ),
    email: z.preprocess(
      (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
      z.string().trim().email("Enter a valid email address.").optional(),
    ),
  })
  .refine((c) => c.phone !== undefined || c.email !== undefined, { message: "Enter a phone number or an email address.", path: ["phone"] });

export type ContactCard = z.infer<typeof contactCardSchema>;

/** RFC 6350 text escaping: backslash, comma, semicolon and line breaks. */
export function escapeVCardText(value: string): string {
  return value.replace(/\\/g, "\\\\").replace(/,/g, "\\,").replace(/;/g, "\\;").replace(/\r\n|\r|\n/g, "\\n");
}

// Content lines longer than 75 octets are folded (CRLF + space), never inside a UTF-8 character.
function fold(line: string): string {
  const parts: string[] = [];
  let current = "";
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char);
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = "";
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join("\r\n ");
}

/** A vCard 3.0 for a contact the agent typed in; every value escaped. */
export function buildVCard(card: ContactCard): string {
  const name = escapeVCardText(card.name);
  const lines = ["BEGIN:VCARD", "VERSION:3.0", `N:${name};;;;`, `FN:${name}`];
  if (card.phone) lines.push(`TEL;TYPE=CELL:${escapeVCardText(card.phone)}`);
  if (card.email) lines.push(`EMAIL;TYPE=INTERNET:${escapeVCardText(card.email)}`);
  lines.push("END:VCARD");
  return `${lines.map(fold).join("\r\n")}\r\n`;
}

/** Stores a contact card as a file of type "contact", served as text/vcard. */
export async function saveContactCard(db: Db, config: AppConfig, card: ContactCard, agentId: string | null): Promise<FileRow> {
  const bytes = Buffer.from(buildVCard(card), "utf8");
  checkSizeLimit("contact", bytes.length, config.fileLimits);
  const name = cleanFileName(`${card.name.replace(/[\\/]/g, " ")}.vcf`, "vcf");
  return storeFile(db, config, { bytes, thumbnail: null, name, mime: "text/vcard", type: "contact", agentId });
}
