import { z } from "zod";
import { timeZoneSchema } from "@/lib/validation/settings";

/** `PUT /api/settings/reports`, and the Settings → Reports form (browser-safe). */
export const reportSettingsSchema = z.object({ timeZone: timeZoneSchema }).strict();
export type ReportSettingsInput = z.infer<typeof reportSettingsSchema>;
