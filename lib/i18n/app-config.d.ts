import type { Locale } from "./locales";
import type { Messages } from "./messages-type";

// Types next-intl's hooks: keys are checked at compile time, locales are the three we ship.
declare module "next-intl" {
  interface AppConfig {
    Locale: Locale;
    Messages: Messages;
  }
}
