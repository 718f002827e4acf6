import { describe, expect, it } from "vitest";
import { foldWord, matchRanges, snippetOf, SNIPPET_LENGTH } from "./highlight";
import { phoneDigits, prefixQuery } from "./terms";

const marked = (text: string, ranges: readonly (readonly [number, number])[]) => ranges.map(([s, e]) => text.slice(s, e));

describe("highlights", () => {
  it("fold accents, case and ligatures as the index does", () => {
    expect(foldWord("Mérida")).toBe("merida");
    expect(foldWord("DAÑADO")).toBe("danado");
    expect(foldWord("Œuvre")).toBe("oeuvre");
  });

  it("mark whole words that start with a term, in the original text", () => {
    const text = "El paquete llegó dañado en Mérida; pedido 48213";
    expect(marked(text, matchRanges(text, ["danado", "merida"]))).toEqual(["dañado", "Mérida"]);
    expect(marked(text, matchRanges(text, ["pedi", "482"]))).toEqual(["pedido", "48213"]);
    expect(matchRanges(text, ["edido"])).toEqual([]);
  });

  it("mark terms kept whole by the parser, such as an email", () => {
    const text = "Write to Ana@Example.com today";
    expect(marked(text, matchRanges(text, ["ana@example.com"]))).toContain("Ana@Example.com");
  });

  it("cut a long message around the first match, keeping the ranges on the marked words", () => {
    const text = `${"palabra ".repeat(60)}el pedido llegó tarde ${"relleno ".repeat(60)}`;
    const { snippet, highlights } = snippetOf(text, ["pedido"]);
    expect(snippet.length).toBeLessThanOrEqual(SNIPPET_LENGTH + 2);
    expect(snippet.startsWith("…") && snippet.endsWith("…")).toBe(true);
    expect(marked(snippet, highlights)).toEqual(["pedido"]);
  });
});

describe("query building", () => {
  it("quotes every term so none is a tsquery operator, prefixes all but one-letter terms", () => {
    expect(prefixQuery(["danado", "merida"])).toBe("'danado':* & 'merida':*");
    expect(prefixQuery(["l", "o'neil", "a\\b"])).toBe("'l' & 'o''neil':* & 'a\\\\b':*");
  });

  it("reads a phone number typed with spaces, + or dashes, and nothing else", () => {
    expect(phoneDigits("+34 600-111 222")).toBe("34600111222");
    expect(phoneDigits("(600) 11")).toBe("60011");
    expect(phoneDigits("60")).toBeNull();
    expect(phoneDigits("pedido 48213")).toBeNull();
  });
});
