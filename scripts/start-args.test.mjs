import { describe, expect, it } from "vitest";
import { listenArgs } from "./start-args.mjs";

describe("where npm start listens", () => {
  it("keeps sandbox mode on loopback and says so", () => {
    const { args, notice } = listenArgs({}, []);
    expect(args).toEqual(["-H", "127.0.0.1"]);
    expect(notice).toMatch(/sandbox mode: listening on 127\.0\.0\.1 only/);
  });

  it("listens where a host is given explicitly, in any spelling", () => {
    for (const given of [["-H", "0.0.0.0"], ["--hostname", "0.0.0.0"], ["--hostname=0.0.0.0"]]) {
      expect(listenArgs({}, given)).toEqual({ args: given, notice: null });
    }
  });

  it("leaves live mode to next start's default", () => {
    expect(listenArgs({ AFILNET_USER: "u", AFILNET_PASSWORD: "p" }, [])).toEqual({ args: [], notice: null });
  });

  it("counts blank credentials as sandbox mode, as the configuration does", () => {
    expect(listenArgs({ AFILNET_USER: " ", AFILNET_PASSWORD: "p" }, []).args).toEqual(["-H", "127.0.0.1"]);
  });
});
