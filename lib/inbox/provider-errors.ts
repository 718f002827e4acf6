import "server-only";
import { AfilnetApiError, AfilnetInputError, AfilnetTransportError } from "@/lib/afilnet/errors";
import { AppError } from "@/lib/errors";

/** Turns a provider failure into a message an agent can act on; everything else passes through. */
export function toProviderAppError(error: unknown): unknown {
  if (error instanceof AfilnetTransportError) {
    // A timeout or reset after the request left: the provider may have acted on it.
    if (error.mayHaveTakenEffect) {
      return new AppError("provider_timeout", 504, "The provider did not answer in time. Check the thread before sending again.");
    }
    return new AppError("provider_unavailable", 503, "Could not reach the provider. Try again in a moment.");
  }
  if (error instanceof AfilnetInputError) {
    return new AppError("invalid_input", 422, "The provider cannot take this request: some of its fields are not valid.");
  }
  if (error instanceof AfilnetApiError) {
    switch (error.code) {
      case "CHANNEL_NOT_FOUND":
        return new AppError("channel_not_found", 404, "The provider no longer knows this channel.");
      case "CHAT_NOT_FOUND":
        return new AppError("chat_not_found", 404, "The provider no longer knows this conversation.");
      case "INCORRECT_USER_PASSWORD":
      case "MISSING_USER":
      case "MISSING_PASSWORD":
        return new AppError("provider_credentials", 502, "The provider refused Switchboard's credentials. An admin must check AFILNET_USER and AFILNET_PASSWORD.");
      default:
        return new AppError("provider_error", 502, `The provider refused the request (${error.code}).`);
    }
  }
  return error;
}

export async function callProvider<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    throw toProviderAppError(error);
  }
}
