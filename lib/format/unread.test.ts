import { describe, expect, it } from "vitest";
import { testTranslator } from "@/lib/i18n/test-translator";
import { countLabel, svgDataUrl, totalUnread, unreadFaviconSvg, unreadTitle } from "./unread";

describe("unread formats", () => {
  it("puts the total in the page title only when there is something unread", () => {
    expect(unreadTitle(0)).toBe("Switchboard");
    expect(unreadTitle(3)).toBe("(3) Switchboard");
    expect(unreadTitle(1234)).toBe("(1234) Switchboard");
  });

  it("caps a pill's number", () => {
    expect(countLabel(7)).toBe("7");
    expect(countLabel(99)).toBe("99");
    expect(countLabel(100)).toBe("99+");
    expect(countLabel(10, 9)).toBe("9+");
  });

  // The words beside a pill (unread-badge.tsx): the catalog's plural, English and French.
  it("says the count in words for screen readers, plural by language", async () => {
    const en = await testTranslator("en", "inbox");
    expect([en("unread", { count: 1 }), en("unread", { count: 3 })]).toEqual(["1 unread", "3 unread"]);
    const fr = await testTranslator("fr", "inbox");
    expect([fr("unread", { count: 1 }), fr("unread", { count: 3 })]).toEqual(["1 non lu", "3 non lus"]);
  });

  it("adds up the channels' unread counts, ignoring impossible negatives", () => {
    expect(totalUnread([{ unreadCount: 2 }, { unreadCount: 0 }, { unreadCount: 5 }, { unreadCount: -1 }])).toBe(7);
    expect(totalUnread([])).toBe(0);
  });

  it("draws the count on the favicon, and the plain icon at zero", () => {
    expect(unreadFaviconSvg(0)).not.toContain("<text");
    expect(unreadFaviconSvg(4)).toContain(">4</text>");
    expect(unreadFaviconSvg(42)).toContain(">9+</text>");
  });

  it("makes a data URL a link element accepts", () => {
    const url = svgDataUrl(unreadFaviconSvg(4));
    expect(url.startsWith("data:image/svg+xml,")).toBe(true);
    expect(decodeURIComponent(url.slice("data:image/svg+xml,".length))).toBe(unreadFaviconSvg(4));
  });
});
