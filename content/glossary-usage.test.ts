import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { locales, type Locale } from "@/lib/locales";
import { glossaryUsage } from "./glossary-usage";
import { dataset } from "./index";

interface Text {
  where: string;
  text: string;
  notStated: boolean;
}

/** Every string of `locale` in the dataset: the `{ en, ru, kk }` and `{ ru, kk }` texts. */
function datasetTexts(locale: Locale): Text[] {
  const out: Text[] = [];
  const walk = (value: unknown, path: string) => {
    if (Array.isArray(value))
      value.forEach((v, i) => {
        const id = v && typeof v === "object" && "id" in v ? `:${String(v.id)}` : "";
        walk(v, `${path}[${i}${id}]`);
      });
    else if (value && typeof value === "object") {
      for (const [key, v] of Object.entries(value)) {
        if (key === locale && typeof v === "string")
          out.push({ where: `${path}.${key}`, text: v, notStated: path.startsWith("notStated") });
        else walk(v, path ? `${path}.${key}` : key);
      }
    }
  };
  walk(dataset, "");
  return out;
}

function messageTexts(locale: Locale): Text[] {
  const messages = JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")) as Record<
    string,
    Record<string, string>
  >;
  return Object.entries(messages).flatMap(([ns, values]) =>
    Object.entries(values).map(([key, text]) => ({
      where: `messages/${locale}.json ${ns}.${key}`,
      text,
      notStated: false,
    })),
  );
}

function hitsIn(locale: Locale, texts: Text[]): { where: string; message: string }[] {
  return texts.flatMap(({ where, text, notStated }) =>
    glossaryUsage[locale]
      .filter((rule) => !(rule.narrationOnly && notStated))
      .flatMap((rule) => {
        const hit = rule.avoid.exec(text);
        return hit ? [{ where, message: `${where}: "${hit[0]}" — use "${rule.use}" (${rule.why})` }] : [];
      }),
  );
}

function stepTexts(locale: Locale): Text[] {
  return dataset.steps.map(({ slug }) => {
    const file = `content/steps/${slug}/${locale}.mdx`;
    return { where: file, text: readFileSync(file, "utf8"), notStated: false };
  });
}

describe("the use/avoid glossary", () => {
  for (const locale of locales) {
    it(`${locale}: the dataset, the steps and the messages use the glossary's words`, () => {
      const texts = [...datasetTexts(locale), ...stepTexts(locale), ...messageTexts(locale)];
      expect(texts.length).toBeGreaterThan(100);
      const found = hitsIn(locale, texts);
      expect(found.map((h) => h.message)).toEqual([]);
    });
  }

  it("finds an avoided word where there is one", () => {
    const hits = (locale: Locale, text: string) =>
      glossaryUsage[locale].filter((r) => r.avoid.test(text)).length;
    expect(hits("kk", "Аслан Аталыков журналистерге айтты")).toBe(1);
    expect(hits("kk", "Жарлықтан кейінгі көш")).toBe(1);
    expect(hits("kk", "Көші-қон қызметі комитеті")).toBe(0);
    expect(hits("kk", "Путин мобилизация жариялады")).toBe(1);
    expect(hits("ru", "Армения, Грузия и северные страны")).toBe(1);
    expect(hits("en", "crossed into neighbouring countries on 27 September 2022")).toBe(2);
    expect(hits("en", "“Special military operation” is Russia’s official term")).toBe(1);
    expect(hits("ru", "Код урока состоит из 8 цифр")).toBe(1);
    expect(hits("ru", "Введите код урока")).toBe(1);
    expect(hits("ru", "Введите код для входа")).toBe(0);
    expect(hits("ru", "В пограничной службе не сразу ответили на запрос")).toBe(1);
    expect(hits("kk", "Сабақ коды 8 саннан тұрады")).toBe(2);
    expect(hits("kk", "8 сан, мысалы 1234 5678")).toBe(1);
    expect(hits("kk", "Бұл үй тапсырмасының емес, сабақтың коды.")).toBe(1);
    expect(hits("kk", "Бұл — тікелей сабақтың кіру коды.")).toBe(0);
    expect(hits("kk", "Кіру коды 8 цифрдан тұрады")).toBe(0);
    expect(hits("kk", "100 000 сан")).toBe(0);
    expect(hits("kk", "Ресейде ішінара мобилизация жарияланды")).toBe(1);
    expect(hits("kk", "Кремль «ішінара мобилизация» деп атаған шара")).toBe(0);
    expect(hits("kk", "«Жалпы мобилизация» жарияланды деп айтты")).toBe(0);
  });
});
