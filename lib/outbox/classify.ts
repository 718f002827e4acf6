import { AfilnetApiError, AfilnetInputError, AfilnetTransportError } from "@/lib/afilnet/errors";
import { explainProviderError } from "@/lib/format/provider-errors";

export type SendFailure =
  | { kind: "transient"; code: string; message: string }
  | { kind: "ambiguous"; code: string; message: string }
  | { kind: "permanent"; code: string; message: string };

/** How a failed send goes on: try again later, look upstream first, or stop and tell the agent. */
export function classifySendError(error: unknown): SendFailure {
  if (error instanceof AfilnetApiError) {
    return { kind: "permanent", code: error.code, message: explainProviderError(error.code)?.message ?? `The provider refused this reply (${error.code}).` };
  }
  if (error instanceof AfilnetInputError) {
    return { kind: "permanent", code: "invalid_input", message: "This reply cannot be sent as it is." };
  }
  if (error instanceof AfilnetTransportError) {
    const code = error.status ? `http_${error.status}` : error.causeCode ?? error.kind;
    // An answer we cannot read (malformed) still means the provider got the send and may have
    // stored it: look upstream before trying again, like after a timeout.
    if (!error.retryable) return { kind: "ambiguous", code, message: "The provider's answer could not be read; checking whether the reply arrived." };
    // A timeout or a dropped connection may follow a stored send, and so may an HTTP error page:
    // a gateway can store the send and then fail. Only a request that never left (refused
    // connection, unknown host) is repeated without looking upstream first.
    if (error.mayHaveTakenEffect) return { kind: "ambiguous", code, message: "The provider did not answer properly; checking whether the reply arrived." };
    return { kind: "transient", code, message: "The provider could not be reached; trying again." };
  }
  return { kind: "transient", code: "unexpected", message: "Sending failed; trying again." };
}

/** The outbox's bounds for lib/backoff: 1 s, 2 s, 4 s… up to 5 minutes, each between half and all of it. */
export const SEND_BACKOFF = { baseMs: 1000, capMs: 300_000, spread: [0.5, 1] } as const;
