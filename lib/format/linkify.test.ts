import { describe, expect, it } from "vitest";
import { linkify } from "./linkify";

const links = (text: string) => linkify(text).filter((s) => s.kind === "link").map((s) => s.text);

describe("linkify", () => {
  it("finds URLs anywhere in the text and keeps the rest as text, in order", () => {
    expect(linkify("Track it at https://carrier.example/track?id=42 please")).toEqual([
      { kind: "text", text: "Track it at " },
      { kind: "link", text: "https://carrier.example/track?id=42", href: "https://carrier.example/track?id=42" },
      { kind: "text", text: " please" },
    ]);
    expect(links("a http://a.example b https://b.example/x c")).toEqual(["http://a.example", "https://b.example/x"]);
  });

  it("leaves sentence punctuation and an unopened bracket outside the link", () => {
    expect(links("See https://shop.example/order.")).toEqual(["https://shop.example/order"]);
    expect(links("(details: https://shop.example/faq)")).toEqual(["https://shop.example/faq"]);
    expect(links("https://en.wikipedia.org/wiki/Foo_(bar), ok?")).toEqual(["https://en.wikipedia.org/wiki/Foo_(bar)"]);
  });

  it("never makes a link of another scheme or of a bare host", () => {
    for (const text of ["javascript:alert(1)", "data:text/html,<b>x</b>", "file:///etc/passwd", "www.example.com", "ftp://x.example"]) {
      expect(linkify(text)).toEqual([{ kind: "text", text }]);
    }
    expect(links("JavaScript:https://x.example")).toEqual(["https://x.example"]);
  });

  it("keeps every character of the message", () => {
    const text = "Hi <b>you</b>, https://a.example/é?q=<x> and\nhttps://b.example!";
    expect(linkify(text).map((s) => s.text).join("")).toBe(text);
  });
});
