import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { createAfilnetClient } from "./client";
import { basicEndpointFor } from "./http";
import { CHAT, TEST_PASSWORD, TEST_USER, clientFor } from "./test-helpers";
import { credentialsOf, list, startAfilnetTestServer, success, type AfilnetTestServer } from "./test-server";

let server: AfilnetTestServer;
beforeEach(async () => {
  server = await startAfilnetTestServer();
  server.respond(success());
});
afterEach(() => server.close());

const encodedPassword = encodeURIComponent(TEST_PASSWORD);

describe("post transport (default)", () => {
  it("posts a form to the API URL with the credentials in the body only", async () => {
    await clientFor(server, { auth: "post" }).sendMessage({ ...CHAT, message: "hola" });
    const [req] = server.requests;
    expect(req.method).toBe("POST");
    expect(req.path).toBe("/sandbox/api/http/");
    expect(req.headers["content-type"]).toMatch(/^application\/x-www-form-urlencoded/);
    expect(req.form).toMatchObject({ class: "chat", method: "sendmessage", user: TEST_USER, password: TEST_PASSWORD });
    expect(credentialsOf(req).via).toEqual(["body"]);
    expect(req.headers.authorization).toBeUndefined();
    expect(req.query).toEqual({});
    expect(req.url).not.toContain(TEST_USER);
    expect(req.url).not.toContain(encodedPassword);
  });

  it("is the transport the sandbox config uses for reads too", async () => {
    server.respond(list([]));
    await clientFor(server).getChats({ platform: "webchat", platformId: "7" });
    expect(server.requests[0].method).toBe("POST");
    expect(server.requests[0].form.password).toBe(TEST_PASSWORD);
  });
});

describe("basic transport", () => {
  it("posts to the sibling /api/basic/ URL with an Authorization header and no credentials in the body", async () => {
    await clientFor(server, { auth: "basic" }).sendMessage({ ...CHAT, message: "hola" });
    const [req] = server.requests;
    expect(req.method).toBe("POST");
    expect(req.path).toBe("/sandbox/api/basic/");
    expect(req.form).toMatchObject({ class: "chat", method: "sendmessage", message: "hola" });
    expect(req.form).not.toHaveProperty("user");
    expect(req.form).not.toHaveProperty("password");
    expect(req.rawBody).not.toContain(encodeURIComponent(TEST_USER));
    expect(credentialsOf(req)).toEqual({ user: TEST_USER, password: TEST_PASSWORD, via: ["basic"] });
    expect(req.headers.authorization).toBe(
      `Basic ${Buffer.from(`${TEST_USER}:${TEST_PASSWORD}`, "utf8").toString("base64")}`,
    );
    expect(req.url).not.toContain(encodedPassword);
    expect(req.query).toEqual({});
  });

  it("derives the sibling URL by replacing the trailing /api/http/", () => {
    const sibling = (url: string) => basicEndpointFor(new URL(url))?.toString() ?? null;
    expect(sibling("http://127.0.0.1:3000/sandbox/api/http/")).toBe("http://127.0.0.1:3000/sandbox/api/basic/");
    expect(sibling("https://www.afilnet.com/api/http/")).toBe("https://www.afilnet.com/api/basic/");
    expect(sibling("https://www.afilnet.com/api/http")).toBe("https://www.afilnet.com/api/basic/");
    expect(sibling("https://www.afilnet.com/api/http/extra/")).toBeNull();
  });

  it("refuses, at creation, an API URL without a basic sibling", () => {
    const create = () =>
      createAfilnetClient({
        user: TEST_USER,
        password: TEST_PASSWORD,
        auth: "basic",
        apiUrl: "https://example.com/other/",
        timezone: "Europe/Madrid",
      });
    expect(create).toThrow(/apiUrl/);
  });
});

describe("get transport", () => {
  it("sends everything in the query string with no body", async () => {
    server.respond(list([]));
    await clientFor(server, { auth: "get" }).getMessages(CHAT);
    const [req] = server.requests;
    expect(req.method).toBe("GET");
    expect(req.path).toBe("/sandbox/api/http/");
    expect(req.rawBody).toBe("");
    expect(req.query).toEqual({
      class: "chat",
      method: "getmessages",
      user: TEST_USER,
      password: TEST_PASSWORD,
      platform: "whatsapp",
      platformid: "1001",
      destination: "34600111222",
    });
    expect(credentialsOf(req).via).toEqual(["query"]);
    expect(req.headers.authorization).toBeUndefined();
  });

  it("round-trips emoji and accents in the query string", async () => {
    await clientFor(server, { auth: "get" }).sendMessage({ ...CHAT, message: "Canción 🎶 & más" });
    expect(server.requests[0].query.message).toBe("Canción 🎶 & más");
  });
});

describe("options", () => {
  const base = {
    user: TEST_USER,
    password: TEST_PASSWORD,
    auth: "post" as const,
    apiUrl: "https://www.afilnet.com/api/http/",
    timezone: "Europe/Madrid",
  };

  it("refuses an unknown time zone", () => {
    expect(() => createAfilnetClient({ ...base, timezone: "Mars/Olympus" })).toThrow(/timezone/);
  });

  it("refuses empty credentials, naming the option but never showing a value", () => {
    let message = "";
    try {
      createAfilnetClient({ ...base, user: "", password: TEST_PASSWORD, apiUrl: "not a url" });
    } catch (error) {
      message = String(error);
    }
    expect(message).toMatch(/user/);
    expect(message).toMatch(/apiUrl/);
    expect(message).not.toContain(TEST_PASSWORD);
  });

  it("refuses an API URL carrying credentials", () => {
    expect(() => createAfilnetClient({ ...base, apiUrl: "https://u:p@www.afilnet.com/api/http/" })).toThrow(
      /apiUrl/,
    );
  });
});
