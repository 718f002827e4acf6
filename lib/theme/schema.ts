import { z } from "zod";
import { THEME_CHOICES } from "./choice";

export const themeUpdateSchema = z.object({ theme: z.enum(THEME_CHOICES, { message: "Choose System, Light or Dark." }) });
