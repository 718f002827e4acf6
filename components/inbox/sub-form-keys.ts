import type { KeyboardEvent } from "react";

/**
 * The URL and contact forms sit inside the composer's <form> (forms cannot nest), so Enter in
 * one of their fields would submit the whole reply. This keydown handler, set on the sub-form's
 * fieldset, makes Enter in a text field send that sub-form instead.
 */
export function enterSends(send: () => void) {
  return (event: KeyboardEvent<HTMLElement>) => {
    if (event.key !== "Enter" || event.nativeEvent.isComposing || !(event.target instanceof HTMLInputElement)) return;
    event.preventDefault();
    send();
  };
}
