/**
 * The app's one error type: a stable code, an HTTP status and a message fit to show a person.
 * Details for operators go to the log, never into `message`.
 */
export class AppError extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    message: string,
    readonly fields?: Record<string, string>,
  ) {
    super(message);
    this.name = "AppError";
  }
}

export const notFound = (what: string) => new AppError("not_found", 404, `${what} was not found.`);
export const invalidInput = (message: string, fields?: Record<string, string>) =>
  new AppError("invalid_input", 422, message, fields);
