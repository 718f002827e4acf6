import { describe, expect, it } from "vitest";
import { channelHref, conversationHref, decodeParam } from "./route-params";

describe("route params", () => {
  it("decodes an encoded param and leaves a decoded one alone", () => {
    expect(decodeParam("a%20b")).toBe("a b");
    expect(decodeParam("e4b9a07e-2170")).toBe("e4b9a07e-2170");
  });

  it("keeps a malformed escape as it came instead of throwing", () => {
    expect(decodeParam("100%")).toBe("100%");
  });

  it("takes the first of repeated values and passes undefined through", () => {
    expect(decodeParam(["x", "y"])).toBe("x");
    expect(decodeParam(undefined)).toBeUndefined();
  });

  it("builds links that survive ids with reserved characters", () => {
    expect(channelHref("a/b")).toBe("/inbox/a%2Fb");
    expect(conversationHref("c1", "+34 600")).toBe("/inbox/c1/%2B34%20600");
  });
});
