import { z } from "zod";
import { AfilnetInputError, type AfilnetMethod } from "./errors";
import { FILE_TYPES } from "./types";

/** What the app hands the client, checked before anything goes on the wire. */

const required = z.string().regex(/\S/);
/** The provider's servers fetch these later, so only absolute http(s) URLs make sense. */
const publicUrl = z.url({ protocol: /^https?$/ });

export const channelRefSchema = z.object({ platform: required, platformId: required });
export const chatRefSchema = channelRefSchema.extend({ destination: required });
export const sendMessageInputSchema = chatRefSchema.extend({ message: z.string().min(1) });
export const sendFileInputSchema = chatRefSchema.extend({
  type: z.enum(FILE_TYPES),
  fileUrl: publicUrl,
  thumbUrl: publicUrl.optional(),
  message: z.string().optional(),
});

export function parseInput<S extends z.ZodType>(method: AfilnetMethod, schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return parsed.data;
  throw new AfilnetInputError(method, [...new Set(parsed.error.issues.map((issue) => issue.path.join(".")))]);
}
