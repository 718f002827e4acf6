import { describe, expect, it } from "vitest";
import { dateFormat, listFormat, numberFormat } from "./intl-cache";

describe("Intl formatters", () => {
  it("are made once per locale and options, and apart for any other", () => {
    const clock = dateFormat("fr-FR", { timeZone: "Europe/Paris", hour: "2-digit", minute: "2-digit" });
    expect(dateFormat("fr-FR", { timeZone: "Europe/Paris", hour: "2-digit", minute: "2-digit" })).toBe(clock);
    expect(dateFormat("es-ES", { timeZone: "Europe/Paris", hour: "2-digit", minute: "2-digit" })).not.toBe(clock);
    expect(dateFormat("fr-FR", { timeZone: "UTC", hour: "2-digit", minute: "2-digit" })).not.toBe(clock);
    expect(dateFormat("fr-FR", { timeZone: "UTC", hour: "2-digit", minute: "2-digit" }).format(new Date("2026-03-12T14:05:00Z"))).toBe("14:05");
    expect(numberFormat("en-GB", { style: "unit", unit: "hour" })).toBe(numberFormat("en-GB", { style: "unit", unit: "hour" }));
    expect(numberFormat("en-GB", { style: "unit", unit: "hour" })).not.toBe(numberFormat("en-GB", { style: "unit", unit: "minute" }));
    expect(listFormat("en-GB", { type: "unit" })).toBe(listFormat("en-GB", { type: "unit" }));
  });
});
