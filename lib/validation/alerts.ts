import { z } from "zod";

/** In-tab alerts for customer messages outside the open thread. */
export const ALERT_MODES = ["all", "new", "off"] as const;
export type AlertMode = (typeof ALERT_MODES)[number];

export const alertModeSchema = z.object({
  alertMode: z.enum(ALERT_MODES, { message: "Choose all messages, new conversations only, or off." }),
});
