import { describe, expect, it } from "vitest";
import { negotiateLocale } from "./negotiate";

describe("negotiateLocale", () => {
  it("uses the agent's own choice whatever the browser says", () => {
    expect(negotiateLocale("es", "fr-FR,fr;q=0.9")).toBe("es");
  });

  it("else the browser's best supported language, regional variants included", () => {
    expect(negotiateLocale(null, "fr-CA,fr;q=0.9,en;q=0.5")).toBe("fr");
    expect(negotiateLocale(null, "de-DE,es;q=0.8,en;q=0.5")).toBe("es");
    expect(negotiateLocale(null, "pt-BR,en-US;q=0.7")).toBe("en");
  });

  it("falls back to English for nothing, an unknown stored value or a malformed header", () => {
    expect(negotiateLocale(null, null)).toBe("en");
    expect(negotiateLocale("klingon", "de")).toBe("en");
    expect(negotiateLocale(null, "*;q=x, ,,;;")).toBe("en");
  });
});
