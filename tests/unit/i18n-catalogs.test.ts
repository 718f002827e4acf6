import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { parse, TYPE, type MessageFormatElement } from "@formatjs/icu-messageformat-parser";
import { describe, expect, it } from "vitest";
import { LOCALES } from "@/lib/i18n/locales";
import { NAMESPACES } from "@/lib/i18n/namespaces";

/**
 * Every string of the UI exists in English, French and Spanish, with the same placeholders and
 * valid ICU syntax: a key added in one language only, a `{name}` renamed in a translation or a
 * broken plural fails here (and `npm test`) instead of showing a raw key to an agent.
 */
const root = path.join(process.cwd(), "lib/i18n/messages");

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(name, value);
    else for (const [k, v] of flatten(value, name)) out.set(k, v);
  }
  return out;
}

function argumentNames(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
    if (element.type === TYPE.tag) {
      into.add(`<${element.value}>`);
      argumentNames(element.children, into);
      continue;
    }
    into.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      for (const option of Object.values(element.options)) argumentNames(option.value, into);
    }
  }
  return into;
}

function catalog(namespace: string, locale: string): Map<string, string> {
  return flatten(JSON.parse(readFileSync(path.join(root, namespace, `${locale}.json`), "utf8")) as Tree);
}

describe("message catalogs", () => {
  it("has a folder for each namespace and nothing else", () => {
    expect(readdirSync(root).sort()).toEqual([...NAMESPACES].sort());
  });

  for (const namespace of NAMESPACES) {
    describe(namespace, () => {
      const english = catalog(namespace, "en");

      for (const locale of LOCALES.filter((l) => l !== "en")) {
        it(`${locale} has exactly the English keys`, () => {
          const translated = catalog(namespace, locale);
          const missing = [...english.keys()].filter((key) => !translated.has(key));
          const extra = [...translated.keys()].filter((key) => !english.has(key));
          expect({ missing, extra }).toEqual({ missing: [], extra: [] });
        });

        it(`${locale} keeps every placeholder and is valid ICU`, () => {
          const translated = catalog(namespace, locale);
          for (const [key, source] of english) {
            const text = translated.get(key);
            if (text === undefined) continue;
            expect(text.trim(), `${locale} ${namespace}.${key} is empty`).not.toBe("");
            const expected = [...argumentNames(parse(source))].sort();
            const actual = [...argumentNames(parse(text))].sort();
            expect(actual, `${locale} ${namespace}.${key}`).toEqual(expected);
          }
        });
      }
    });
  }
});
