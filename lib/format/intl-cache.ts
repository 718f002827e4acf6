/*
 * Intl formatters, made once per locale and options: building one costs far more than using it
 * (ICU data lookups), and every row of a thread and of a conversation list formats a time, a day
 * or a waiting time. Made anew per row, they were a fifth of the work of opening a conversation.
 * The keys are the few locales, zones and shapes the inbox uses.
 */

function memo<F, O>(make: (locale: string, options: O) => F): (locale: string, options: O) => F {
  const made = new Map<string, F>();
  return (locale, options) => {
    const key = `${locale}|${JSON.stringify(options)}`;
    let formatter = made.get(key);
    if (!formatter) made.set(key, (formatter = make(locale, options)));
    return formatter;
  };
}

export const dateFormat = memo((locale, options: Intl.DateTimeFormatOptions) => new Intl.DateTimeFormat(locale, options));
export const numberFormat = memo((locale, options: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, options));
export const listFormat = memo((locale, options: Intl.ListFormatOptions) => new Intl.ListFormat(locale, options));
export const relativeTimeFormat = memo((locale, options: Intl.RelativeTimeFormatOptions) => new Intl.RelativeTimeFormat(locale, options));
