import { describe, expect, it } from "vitest";
import { foldWord, matchRanges, snippetOf, SNIPPET_LENGTH } from "./highlight";
import { phoneDigits, searchTerms, tsqueryOf, type SearchTerm } from "./terms";

const whole = (word: string): SearchTerm => ({ word, prefix: false });
const prefix = (word: string): SearchTerm => ({ word, prefix: true });
const marked = (text: string, ranges: readonly (readonly [number, number])[]) => ranges.map(([s, e]) => text.slice(s, e));

describe("highlights", () => {
  it("fold accents, case and ligatures as the index does", () => {
    expect(foldWord("Mérida")).toBe("merida");
    expect(foldWord("DAÑADO")).toBe("danado");
    expect(foldWord("Œuvre")).toBe("oeuvre");
  });

  it("mark the words a term is, or starts as a prefix, in the original text", () => {
    const text = "El paquete llegó dañado en Mérida; pedido 48213, pedidos";
    expect(marked(text, matchRanges(text, [whole("danado"), prefix("merida")]))).toEqual(["dañado", "Mérida"]);
    expect(marked(text, matchRanges(text, [prefix("pedi"), prefix("482")]))).toEqual(["pedido", "48213", "pedidos"]);
    expect(marked(text, matchRanges(text, [whole("pedido"), whole("pedi")]))).toEqual(["pedido"]);
    expect(matchRanges(text, [prefix("edido")])).toEqual([]);
  });

  it("mark terms kept whole by the parser, such as an email", () => {
    const text = "Write to Ana@Example.com today";
    expect(marked(text, matchRanges(text, [whole("ana@example.com")]))).toContain("Ana@Example.com");
  });

  it("cut a long message around the first match, keeping the ranges on the marked words", () => {
    const text = `${"palabra ".repeat(60)}el pedido llegó tarde ${"relleno ".repeat(60)}`;
    const { snippet, highlights } = snippetOf(text, [whole("pedido")]);
    expect(snippet.length).toBeLessThanOrEqual(SNIPPET_LENGTH + 2);
    expect(snippet.startsWith("…") && snippet.endsWith("…")).toBe(true);
    expect(marked(snippet, highlights)).toEqual(["pedido"]);
  });
});

describe("query building", () => {
  it("makes the word typed last the one prefix, unless it has one letter", () => {
    const terms = (...lexemes: [string, number][]) => searchTerms(lexemes.map(([lexeme, last]) => ({ lexeme, last })));
    expect(terms(["danado", 1], ["merida", 2])).toEqual([whole("danado"), prefix("merida")]);
    // "pedido urgente pedi…": listed by first position, the prefix is where typing stopped.
    expect(terms(["pedido", 3], ["urgente", 2])).toEqual([prefix("pedido"), whole("urgente")]);
    expect(terms(["hola", 1], ["l", 2])).toEqual([whole("hola"), whole("l")]);
    expect(terms()).toEqual([]);
  });

  it("quotes every term so none is a tsquery operator", () => {
    expect(tsqueryOf([whole("danado"), prefix("merida")])).toBe("'danado' & 'merida':*");
    expect(tsqueryOf([whole("l"), whole("o'neil"), prefix("a\\b")])).toBe("'l' & 'o''neil' & 'a\\\\b':*");
  });

  it("reads a phone number typed with spaces, + or dashes, and nothing else", () => {
    expect(phoneDigits("+34 600-111 222")).toBe("34600111222");
    expect(phoneDigits("(600) 11")).toBe("60011");
    expect(phoneDigits("60")).toBeNull();
    expect(phoneDigits("pedido 48213")).toBeNull();
  });
});
