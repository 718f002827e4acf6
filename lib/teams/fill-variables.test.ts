import { describe, expect, it } from "vitest";
import { fillVariables } from "./fill-variables";

const vars = { contactName: "Marta", agentName: "Ana", channelName: "Support ES" };

describe("canned reply variables", () => {
  it("fills contact, agent and channel names, ignoring case and inner spaces", () => {
    expect(fillVariables("Hi {{contact.name}}, {{ Agent.Name }} from {{channel.name}} here.", vars)).toBe("Hi Marta, Ana from Support ES here.");
  });

  it("fills every occurrence", () => {
    expect(fillVariables("{{agent.name}}/{{agent.name}}", vars)).toBe("Ana/Ana");
  });

  it("leaves unknown variables and unclosed braces as typed", () => {
    expect(fillVariables("{{order.id}} {{contact.email}} {{contact.name", vars)).toBe("{{order.id}} {{contact.email}} {{contact.name");
  });

  it("does not read replacement patterns in a value as special", () => {
    expect(fillVariables("Hi {{contact.name}}", { ...vars, contactName: "$& $1" })).toBe("Hi $& $1");
  });
});
