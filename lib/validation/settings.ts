/**
 * The settings forms' schemas: each route parses its body with one of these and the form in the
 * browser checks the same one before sending, so both say the same thing. Browser-safe (no
 * server-only imports: bytes are counted with TextEncoder, not Buffer).
 */
import { z } from "zod";
import { AUDIT_KINDS } from "@/lib/teams/audit-kinds";
import { hasNul, nulMessage } from "./text";

export const AGENT_ROLES = ["admin", "supervisor", "agent"] as const;
export type AgentRole = (typeof AGENT_ROLES)[number];
export const PASSWORD_MIN_LENGTH = 8;
/** bcrypt reads only the first 72 bytes: longer passwords are refused, not silently cut. */
export const PASSWORD_MAX_BYTES = 72;
export const CAPACITY_MAX = 500;
export const LABEL_NAME_MAX = 40;
export const CANNED_SHORTCUT_MAX = 32;
export const CANNED_BODY_MAX = 4096;
export const DISPLAY_NAME_MAX = 80;

const utf8Bytes = (value: string) => new TextEncoder().encode(value).length;

/** Free text a person types: trimmed, bounded, never a NUL (PostgreSQL text cannot hold one). */
const line = (what: string, max: number) =>
  z
    .string({ message: `${what} is required.` })
    .trim()
    .min(1, `${what} is required.`)
    .max(max, `${what} must be at most ${max} characters.`)
    .refine((v) => !hasNul(v), nulMessage(what));

export const agentNameSchema = line("The name", 120);

export const emailSchema = z
  .string({ message: "Enter an email address." })
  .trim()
  .toLowerCase()
  .min(1, "Enter an email address.")
  .max(254, "An email address is at most 254 characters.")
  .email("Enter a valid email address.");

export const newPasswordSchema = z
  .string({ message: "Enter a password." })
  .min(PASSWORD_MIN_LENGTH, `The password must be at least ${PASSWORD_MIN_LENGTH} characters long.`)
  .refine((v) => utf8Bytes(v) <= PASSWORD_MAX_BYTES, `The password must be at most ${PASSWORD_MAX_BYTES} bytes.`)
  .refine((v) => !hasNul(v), nulMessage("The password"));

const roleSchema = z.enum(AGENT_ROLES, { message: "Choose admin, supervisor or agent." });

const capacityMessage = `Capacity is a whole number from 1 to ${CAPACITY_MAX}.`;
export const capacitySchema = z.number({ message: capacityMessage }).int(capacityMessage).min(1, capacityMessage).max(CAPACITY_MAX, capacityMessage);

const channelIdsSchema = z
  .array(z.string().uuid("Unknown channel."), { message: "Choose channels from the list." })
  .max(500, "Too many channels.")
  .transform((ids) => [...new Set(ids)]);

/** IANA zones the runtime knows (the browser's list and Node's agree on the canonical names). */
export function isTimeZone(value: string): boolean {
  try {
    new Intl.DateTimeFormat("en", { timeZone: value });
    return true;
  } catch {
    return false;
  }
}

export const timeZoneSchema = z
  .string({ message: "Choose a time zone." })
  .min(1, "Choose a time zone.")
  .max(64, "Choose a time zone from the list.")
  .refine((v) => !hasNul(v) && isTimeZone(v), "Choose a time zone from the list.");

export const profileSchema = z.object({ name: agentNameSchema, timeZone: timeZoneSchema });
export type ProfileInput = z.input<typeof profileSchema>;

export const passwordChangeSchema = z.object({
  currentPassword: z.string({ message: "Enter your current password." }).min(1, "Enter your current password.").max(200, "Enter your current password."),
  newPassword: newPasswordSchema,
});

export const agentCreateSchema = z.object({
  name: agentNameSchema,
  email: emailSchema,
  password: newPasswordSchema,
  role: roleSchema,
  channelIds: channelIdsSchema.default([]),
  capacity: capacitySchema.optional(),
});
export type AgentCreateInput = z.input<typeof agentCreateSchema>;

/** Any subset of an agent's settings; `password` resets it (and ends its sessions). */
export const agentUpdateSchema = z
  .object({
    name: agentNameSchema.optional(),
    role: roleSchema.optional(),
    channelIds: channelIdsSchema.optional(),
    capacity: capacitySchema.optional(),
    active: z.boolean({ message: "Active is true or false." }).optional(),
    password: newPasswordSchema.optional(),
  })
  .refine((v) => Object.values(v).some((x) => x !== undefined), { message: "Nothing to change.", path: ["body"] });
export type AgentUpdateInput = z.input<typeof agentUpdateSchema>;

/** Waiting-time thresholds: whole minutes, up to a week. */
export const WAIT_MINUTES_MAX = 10_080;
const waitMinutes = (what: string) =>
  z.coerce
    .number({ message: `${what} is a number of minutes.` })
    .int(`${what} is a whole number of minutes.`)
    .min(1, `${what} is at least 1 minute.`)
    .max(WAIT_MINUTES_MAX, `${what} is at most ${WAIT_MINUTES_MAX} minutes (a week).`);

export const channelSettingsSchema = z.object({
  /** Empty or null: the team sees the provider's name. */
  displayName: z
    .string({ message: "The display name is text." })
    .trim()
    .max(DISPLAY_NAME_MAX, `The display name must be at most ${DISPLAY_NAME_MAX} characters.`)
    .refine((v) => !hasNul(v), nulMessage("The display name"))
    .nullable()
    .transform((v) => (v ? v : null)),
  autoAssign: z.boolean({ message: "Auto-assignment is on or off." }),
  /** Left out: unchanged. */
  waitWarnMinutes: waitMinutes("The amber threshold").optional(),
  waitAlertMinutes: waitMinutes("The red threshold").optional(),
});
export const WAIT_ORDER_MESSAGE = "Red must come after amber: give it more minutes.";
export type ChannelSettingsInput = z.input<typeof channelSettingsSchema>;

export const LABEL_PALETTE = ["#ef4444", "#f97316", "#eab308", "#22c55e", "#14b8a6", "#3b82f6", "#8b5cf6", "#ec4899", "#6b7280"] as const;

const labelFields = {
  name: line("The label name", LABEL_NAME_MAX),
  color: z
    .string({ message: "Choose a colour." })
    .regex(/^#[0-9a-fA-F]{6}$/, "A colour is #rrggbb.")
    .transform((v) => v.toLowerCase()),
};
export const labelSchema = z.object(labelFields);
export const labelPatchSchema = z
  .object({ name: labelFields.name.optional(), color: labelFields.color.optional() })
  .refine((v) => v.name !== undefined || v.color !== undefined, { message: "Nothing to change.", path: ["body"] });
export type LabelInput = z.input<typeof labelSchema>;

const shortcutMessage = `A shortcut is 1 to ${CANNED_SHORTCUT_MAX} letters, digits, - or _.`;
const cannedFields = {
  // A leading "/" is what people type in the composer: accepted and dropped.
  shortcut: z
    .string({ message: shortcutMessage })
    .trim()
    .transform((v) => v.replace(/^\//, ""))
    .pipe(z.string().regex(new RegExp(`^[A-Za-z0-9_-]{1,${CANNED_SHORTCUT_MAX}}$`), shortcutMessage)),
  body: z
    .string({ message: "The text is required." })
    .refine((v) => v.trim().length > 0, "The text is required.")
    .refine((v) => v.length <= CANNED_BODY_MAX, `The text must be at most ${CANNED_BODY_MAX.toLocaleString("en")} characters.`)
    .refine((v) => !hasNul(v), nulMessage("The text")),
};
export const cannedReplySchema = z.object(cannedFields);
export const cannedReplyPatchSchema = z
  .object({ shortcut: cannedFields.shortcut.optional(), body: cannedFields.body.optional() })
  .refine((v) => v.shortcut !== undefined || v.body !== undefined, { message: "Nothing to change.", path: ["body"] });
export type CannedReplyInput = z.input<typeof cannedReplySchema>;

const blankToUndefined = (v: unknown) => (v === "" || v === null ? undefined : v);
const dateMessage = "A date is YYYY-MM-DD.";
const dayDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, dateMessage)
  .refine((v) => !Number.isNaN(Date.parse(`${v}T00:00:00Z`)) && new Date(`${v}T00:00:00Z`).toISOString().startsWith(v), dateMessage);

/** `GET /api/audit` query: every filter optional; `cursor` is the last id of the page before. */
export const auditQuerySchema = z
  .object({
    actor: z.preprocess(blankToUndefined, z.string().uuid("Choose an agent from the list.").optional()),
    kind: z.preprocess(blankToUndefined, z.enum(AUDIT_KINDS, { message: "Choose a kind from the list." }).optional()),
    from: z.preprocess(blankToUndefined, dayDate.optional()),
    to: z.preprocess(blankToUndefined, dayDate.optional()),
    cursor: z.preprocess(blankToUndefined, z.string().regex(/^[1-9]\d{0,15}$/, "This page link is not valid.").transform(Number).optional()),
  })
  .refine((v) => !v.from || !v.to || v.from <= v.to, { message: "“From” must not be after “To”.", path: ["to"] });
export type AuditQuery = z.output<typeof auditQuerySchema>;

/** A zod error as the field messages a form shows (the first per field), as the API's `fields`. */
export function fieldErrors(error: z.ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) fields[issue.path.join(".") || "body"] ??= issue.message;
  return fields;
}
