import { describe, expect, it } from "vitest";
import { buildConfig } from "@/lib/config";
import { ConfigError, parseEnv } from "@/lib/config/env";
import { formatMegabytes, hardCapBytes } from "./limits";

const MB = 1024 * 1024;

describe("FILE_LIMITS_MB", () => {
  it("defaults to the documented limits", () => {
    const config = buildConfig(parseEnv({}), "x".repeat(32));
    expect(config.fileLimits).toEqual({ image: 16 * MB, video: 64 * MB, audio: 16 * MB, voice: 16 * MB, document: 100 * MB, contact: 1 * MB });
    expect(hardCapBytes(config.fileLimits)).toBe(100 * MB);
  });

  it("overrides only the listed types", () => {
    const config = buildConfig(parseEnv({ FILE_LIMITS_MB: "image=5, document=2.5" }), "x".repeat(32));
    expect(config.fileLimits.image).toBe(5 * MB);
    expect(config.fileLimits.document).toBe(2.5 * MB);
    expect(config.fileLimits.video).toBe(64 * MB);
  });

  it.each(["image=big", "photo=3", "image=0", "image", "image=5000"])("stops the start on %j, naming the variable", (value) => {
    expect(() => parseEnv({ FILE_LIMITS_MB: value })).toThrow(ConfigError);
    expect(() => parseEnv({ FILE_LIMITS_MB: value })).toThrow(/^Invalid configuration: FILE_LIMITS_MB must be a list like/);
  });
});

describe("formatMegabytes", () => {
  it("rounds like a person would say it", () => {
    expect(formatMegabytes(20 * MB)).toBe("20 MB");
    expect(formatMegabytes(1.25 * MB)).toBe("1.3 MB");
    expect(formatMegabytes(300)).toBe("0.1 MB");
  });
});
