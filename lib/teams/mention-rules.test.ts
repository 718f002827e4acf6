import { describe, expect, it } from "vitest";
import { handlesOf, mentionHandles, mentionedAmong } from "./mention-rules";

const ana = { name: "Ana María López", email: "ana.l@team.test" };
const bo = { name: "Bo", email: "robert@team.test" };

describe("@mentions in a note", () => {
  it("reads handles after a space or at the start, without trailing punctuation, lower-cased", () => {
    expect(mentionHandles("@Ana can you look? cc @robert. and (@bo)")).toEqual(["ana", "robert", "bo"]);
  });

  it("does not read an email address or a lone @ as a mention", () => {
    expect(mentionHandles("write to ana@team.test or @ alone")).toEqual([]);
  });

  it("answers to the first name, the full name without spaces and the email's local part", () => {
    expect(handlesOf(ana)).toEqual(["ana", "anamaríalópez", "ana.l"]);
  });

  it("mentions exactly the candidates whose handle is written, case-insensitively", () => {
    expect(mentionedAmong("@ANA.L please", [ana, bo])).toEqual([ana]);
    expect(mentionedAmong("@AnaMaríaLópez and @Robert", [ana, bo])).toEqual([ana, bo]);
    expect(mentionedAmong("@anabel", [ana, bo])).toEqual([]);
  });
});
