import { describe, expect, it } from "vitest";
import { signInFailureFromAnswer, signInFailureFromQuery } from "./sign-in-errors";

describe("sign-in failures the page words itself", () => {
  it("reads ?error=…&retry=… as a code, never a property of every object", () => {
    expect(signInFailureFromQuery("wrong", undefined)).toEqual({ code: "wrong", seconds: 60 });
    expect(signInFailureFromQuery("throttled", "42")).toEqual({ code: "throttled", seconds: 42 });
    expect(signInFailureFromQuery("toString", "1")).toBeNull();
    expect(signInFailureFromQuery(["wrong"], "1")).toBeNull();
  });

  it("waits a minute when the retry is not a sane number of seconds", () => {
    for (const retry of ["-1", "0", "1.5", "abc", "100000"]) expect(signInFailureFromQuery("throttled", retry)?.seconds).toBe(60);
  });

  it("maps the API's codes to the page's, with Retry-After for throttling, and leaves others to the API's words", () => {
    expect(signInFailureFromAnswer("wrong_credentials", null)?.code).toBe("wrong");
    expect(signInFailureFromAnswer("too_many_attempts", "17")).toEqual({ code: "throttled", seconds: 17 });
    expect(signInFailureFromAnswer("invalid_input", null)).toBeNull();
    expect(signInFailureFromAnswer(undefined, null)).toBeNull();
  });
});
