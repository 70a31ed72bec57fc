import { describe, expect, it } from "vitest";
import { parseCsv as parse } from "../../tests/parse-csv";
import {
  csvSeparatorFor,
  summaryCsv,
  type CsvCounts,
  type CsvQuestion,
  type SummaryCsvLabels,
} from "./summary-csv";

const labels: SummaryCsvLabels = {
  number: "№",
  question: "Вопрос",
  letter: "Буква",
  option: "Вариант ответа",
  right: "Правильный ответ",
  count: "Ответов",
  percent: "Процент",
  yes: "да",
};

const questions: CsvQuestion[] = [
  {
    kind: "how-many",
    text: "Сколько россиян въехало в Казахстан?",
    options: [
      { id: "a", label: "около 98 000" },
      { id: "b", label: "около 20 000" },
      { id: "c", label: "около 250 000; по данным" },
    ],
    correct: "a",
  },
  {
    kind: "says",
    text: "Что говорится в статье?",
    statement: 'Граница "закрыта".',
    options: [
      { id: "says", label: "В статье так сказано" },
      { id: "otherwise", label: "В статье сказано иначе" },
      { id: "not-said", label: "В статье об этом не говорится" },
    ],
    correct: "otherwise",
  },
  {
    kind: "order",
    text: "Расставьте по порядку",
    options: [
      { id: "e2", label: "Второе" },
      { id: "e1", label: "Первое" },
      { id: "e3", label: "Третье" },
    ],
    correct: "e1,e2,e3",
  },
];

describe("summaryCsv", () => {
  const counts: CsvCounts[] = [
    { question: 0, status: "revealed", answered: 4, byOption: { a: 3, c: 1 } },
    { question: 1, status: "new", answered: 0, byOption: {} },
    { question: 2, status: "closed", answered: 3, byOption: { "e1,e2,e3": 1, "e2,e1,e3": 2 } },
  ];

  it("writes every option of each asked question, zeros included, with letters and whole percents", () => {
    const csv = summaryCsv({ questions, counts, labels, separator: ";" });
    expect(csv.startsWith("\uFEFF")).toBe(true);
    expect(csv.endsWith("\r\n")).toBe(true);
    expect(csv).not.toMatch(/^\uFEFF?sep=/);
    expect(csv.replace(/\r\n/g, "")).not.toContain("\n");
    const rows = parse(csv.slice(1), ";");
    expect(rows[0]).toEqual([
      "№",
      "Вопрос",
      "Буква",
      "Вариант ответа",
      "Правильный ответ",
      "Ответов",
      "Процент",
    ]);
    expect(rows.slice(1, 4)).toEqual([
      ["1", "Сколько россиян въехало в Казахстан?", "A", "около 98 000", "да", "3", "75"],
      ["1", "Сколько россиян въехало в Казахстан?", "B", "около 20 000", "", "0", "0"],
      ["1", "Сколько россиян въехало в Казахстан?", "C", "около 250 000; по данным", "", "1", "25"],
    ]);
    // Question 2 was never opened: no rows. The order question: the right order first, then the others.
    expect(rows.slice(4)).toEqual([
      ["3", "Расставьте по порядку", "B A C", "Первое → Второе → Третье", "да", "1", "33"],
      ["3", "Расставьте по порядку", "A B C", "Второе → Первое → Третье", "", "2", "67"],
    ]);
  });

  it("quotes a cell that holds the separator or a quote, with either separator", () => {
    const opened = counts.map((c) => ({ ...c, status: "revealed" }));
    const comma = summaryCsv({ questions, counts: opened, labels, separator: "," });
    const rows = parse(comma.slice(1), ",");
    expect(rows.find((r) => r[3] === "около 250 000; по данным")).toBeTruthy();
    expect(rows.find((r) => r[1] === 'Что говорится в статье? Граница "закрыта".' && r[2] === "B")).toEqual([
      "2",
      'Что говорится в статье? Граница "закрыта".',
      "B",
      "В статье сказано иначе",
      "да",
      "0",
      "0",
    ]);
    expect(comma).toContain(",около 250 000; по данным,");
    expect(summaryCsv({ questions, counts: opened, labels, separator: ";" })).toContain(
      ';"около 250 000; по данным";',
    );
  });

  it("lists the right order even when nobody gave it", () => {
    const rows = parse(
      summaryCsv({
        questions,
        counts: [{ question: 2, status: "revealed", answered: 1, byOption: { "e3,e2,e1": 1 } }],
        labels,
        separator: ",",
      }).slice(1),
      ",",
    );
    expect(rows.slice(1).map((r) => [r[2], r[4], r[5], r[6]])).toEqual([
      ["B A C", "да", "0", "0"],
      ["C A B", "", "1", "100"],
    ]);
  });
});

describe("csvSeparatorFor", () => {
  it("picks ';' where the locale writes a decimal comma", () => {
    for (const language of ["ru-RU", "ru", "kk-KZ", "kk", "de-DE"])
      expect(csvSeparatorFor(language)).toBe(";");
    for (const language of ["en-US", "en-GB", "en"]) expect(csvSeparatorFor(language)).toBe(",");
    expect(csvSeparatorFor("not a tag!")).toBe(",");
  });
});
