import { describe, expect, it } from "vitest";
import { buildConfig } from "@/lib/config";
import { parseEnv } from "@/lib/config/env";
import { AppError } from "@/lib/errors";
import { assertProviderCanFetch, fileUrls, isUnreachableHost } from "./public-url";

const live = (publicUrl: string) => buildConfig(parseEnv({ AFILNET_USER: "u", AFILNET_PASSWORD: "p", PUBLIC_URL: publicUrl }), "x".repeat(32));

describe("fileUrls", () => {
  it("builds the public links on PUBLIC_URL, the name encoded", () => {
    const config = live("https://inbox.example.com/");
    expect(fileUrls(config, { token: "T0k", name: "mi foto #1.jpg", hasThumbnail: true })).toEqual({
      url: "https://inbox.example.com/files/T0k/mi%20foto%20%231.jpg",
      thumbUrl: "https://inbox.example.com/files/T0k/thumbnail.jpg",
    });
    expect(fileUrls(config, { token: "T0k", name: "a.pdf", hasThumbnail: false }).thumbUrl).toBeNull();
  });
});

describe("isUnreachableHost", () => {
  it.each([
    "localhost", "app.localhost", "printer.local", "127.0.0.1", "127.8.9.1", "0.0.0.0", "10.1.2.3", "172.16.0.1", "172.31.255.255",
    "192.168.1.10", "169.254.169.254", "[::1]", "::1", "fc00::1", "fd12:3456::1", "fe80::1", "::ffff:192.168.0.1",
  ])("%s cannot be reached from the internet", (host) => {
    expect(isUnreachableHost(host)).toBe(true);
  });

  it.each(["inbox.example.com", "8.8.8.8", "172.32.0.1", "172.15.0.1", "192.169.0.1", "2001:db8::1", "localhost.example.com"])(
    "%s can",
    (host) => {
      expect(isUnreachableHost(host)).toBe(false);
    },
  );
});

describe("assertProviderCanFetch", () => {
  it("refuses in live mode with a private PUBLIC_URL, explaining why", () => {
    const error = (() => {
      try {
        assertProviderCanFetch(live("http://192.168.1.5:3000"));
      } catch (e) {
        return e;
      }
    })() as AppError;
    expect(error).toBeInstanceOf(AppError);
    expect([error.status, error.code]).toEqual([422, "provider_cannot_fetch"]);
    expect(error.message).toBe(
      "Afilnet fetches files from PUBLIC_URL (http://192.168.1.5:3000), which it cannot reach: set PUBLIC_URL to this server's public address to send files.",
    );
  });

  it("allows a public PUBLIC_URL in live mode, and anything in sandbox mode", () => {
    expect(() => assertProviderCanFetch(live("https://inbox.example.com"))).not.toThrow();
    expect(() => assertProviderCanFetch(buildConfig(parseEnv({}), "x".repeat(32)))).not.toThrow();
  });
});
