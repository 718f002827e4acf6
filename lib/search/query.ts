/** What GET /api/search accepts, parsed strictly: a bad value is a 422 naming it. */
import { z } from "zod";
import { SEARCH_MAX_LENGTH } from "./limits";

export const SEARCH_DIRECTIONS = ["in", "out", "notes"] as const;
export const SEARCH_STATUSES = ["open", "pending", "snoozed", "resolved"] as const;
export const SEARCH_PARAMS = ["q", "channel", "status", "assignee", "label", "from", "to", "direction"] as const;

const uuid = (what: string) => z.uuid({ error: `${what} must be an id.` });
// A day (2026-11-30) or an instant (2026-11-30T09:00:00Z): dates from a form, or exact ones.
const instant = (what: string) =>
  z
    .string()
    .max(40)
    .refine((v) => /^\d{4}-\d{2}-\d{2}([T ][\d:.]+(Z|[+-]\d{2}:?\d{2})?)?$/.test(v) && !Number.isNaN(Date.parse(v)), {
      error: `${what} must be a date like 2026-11-30.`,
    })
    .transform((v) => new Date(v));

export const searchQuerySchema = z
  .object({
    q: z
      .string({ error: "Type something to search for." })
      // Control characters (NUL included, which PostgreSQL refuses in text) count as spaces.
      .transform((v) => v.replace(/[\u0000-\u001f\u007f]/g, " ").trim())
      .pipe(
        z
          .string()
          .min(1, { error: "Type something to search for." })
          .max(SEARCH_MAX_LENGTH, { error: `Search for at most ${SEARCH_MAX_LENGTH} characters.` }),
      ),
    channel: uuid("The channel").optional(),
    status: z.enum(SEARCH_STATUSES, { error: "Status must be open, pending, snoozed or resolved." }).optional(),
    /** An agent's id, "me" for the one searching, or "none" for unassigned conversations. */
    assignee: z.union([z.literal("none"), z.literal("me"), uuid("The assignee")]).optional(),
    label: uuid("The label").optional(),
    from: instant("From").optional(),
    // A day-only "to" includes that day: the search stops before the next midnight (UTC).
    to: instant("To")
      .transform((d) => (d.getUTCHours() + d.getUTCMinutes() + d.getUTCSeconds() + d.getUTCMilliseconds() === 0 ? new Date(d.getTime() + 86_400_000) : d))
      .optional(),
    direction: z.enum(SEARCH_DIRECTIONS, { error: "Direction must be in, out or notes." }).optional(),
  })
  .refine((v) => !v.from || !v.to || v.from < v.to, { error: "From must be before To.", path: ["to"] });

export type SearchQuery = z.output<typeof searchQuerySchema>;
