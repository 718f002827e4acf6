import { describe, expect, it } from "vitest";
import { shortcutFor } from "./keyboard-map";

const key = (k: string, mods: Partial<{ ctrlKey: boolean; altKey: boolean; metaKey: boolean }> = {}) => ({ key: k, ctrlKey: false, altKey: false, metaKey: false, ...mods });
const body = { tagName: "BODY", isContentEditable: false };

describe("shortcutFor", () => {
  it("maps the documented keys", () => {
    expect(["j", "k", "r", "e", "a", "/", "Escape", "?"].map((k) => shortcutFor(key(k), body))).toEqual(["next", "previous", "reply", "resolve", "assign", "search", "back", "help"]);
    expect(shortcutFor(key("x"), body)).toBeNull();
  });

  it("never fires while typing or with a modifier", () => {
    for (const tagName of ["INPUT", "TEXTAREA", "SELECT"]) expect(shortcutFor(key("e"), { tagName, isContentEditable: false })).toBeNull();
    expect(shortcutFor(key("e"), { tagName: "DIV", isContentEditable: true })).toBeNull();
    expect(shortcutFor(key("r", { ctrlKey: true }), body)).toBeNull();
    expect(shortcutFor(key("k", { metaKey: true }), body)).toBeNull();
  });
});
