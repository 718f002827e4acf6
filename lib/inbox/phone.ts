import "server-only";
import { parsePhoneNumberFromString } from "libphonenumber-js/min";

export interface PhoneView {
  /** "+34611222333": what "Copy number" copies and a dialer understands. */
  e164: string;
  /** "+34 611 22 23 33": grouped the way its country writes it. */
  display: string;
}

// Platforms whose destinations are phone numbers in international form without the "+"; on the
// others a destination of digits is the platform's own id (a Telegram chat id), not a number.
const PHONE_PLATFORMS = new Set(["whatsapp", "sms"]);

/**
 * A destination as a phone number, formatted for its country, when the channel's platform
 * addresses people by number and the number is plausible; null otherwise (shown as it is).
 * Server-side only: the formatting metadata stays out of the browser's first load.
 */
export function phoneOf(platform: string | null, destination: string): PhoneView | null {
  if (!platform || !PHONE_PLATFORMS.has(platform.toLowerCase())) return null;
  const digits = destination.replace(/[\s().-]/g, "");
  if (!/^\+?\d{6,15}$/.test(digits)) return null;
  const phone = parsePhoneNumberFromString(digits.startsWith("+") ? digits : `+${digits}`);
  // "Possible" (a plausible length for the country), not "valid": numbers kept for drama and tests
  // (+44 7700 900…) and new ranges still read better grouped.
  if (!phone?.isPossible()) return null;
  return { e164: phone.number, display: phone.formatInternational() };
}
