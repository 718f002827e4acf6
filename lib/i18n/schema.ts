import { z } from "zod";
import { LOCALES } from "./locales";

/** PUT /api/profile/locale: one of the three languages, or null for "the browser's language". */
export const localeUpdateSchema = z.object({
  locale: z.enum(LOCALES, { message: "Choose English, Français, Español or the browser’s language." }).nullable(),
});
