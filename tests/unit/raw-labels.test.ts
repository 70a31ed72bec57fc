import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { IntlMessageFormat } from "intl-messageformat";
import { locales } from "@/lib/locales";
import { fill } from "@/lib/fill";
import { quizLabelKeys } from "@/lib/quiz-render";
import { loadLabelKeys, quizUiKeys } from "@/components/quiz/quiz-labels";
import { teachPanelKeys, worksheetKeys } from "@/components/teach/teach-labels";
import { liveErrorKeys, liveQuizKeys, liveStudentKeys } from "@/components/live/student/student-labels";
import { saveForOfflineKeys } from "@/components/offline/offline-labels";
import en from "@/messages/en.json" with { type: "json" };

// Every message that leaves the server raw and is filled in the browser by `fill`, which knows only
// `{name}` slots: an ICU plural, select, `#` or formatted argument there would be shown as code.
const raw = {
  Quiz: [...quizUiKeys, ...loadLabelKeys, ...quizLabelKeys, ...liveQuizKeys],
  Teach: [...teachPanelKeys, ...worksheetKeys],
  liveStudent: liveStudentKeys,
  liveErrors: liveErrorKeys,
  Offline: saveForOfflineKeys,
  // The teacher's live screens get these namespaces whole (server/raw-labels.ts rawNamespace).
  liveHost: Object.keys(en.liveHost),
  liveHostErrors: Object.keys(en.liveHostErrors),
};

/** Kinds of ICU element `fill` can render: 0 = literal text, 1 = a plain `{name}` argument. */
const fillable = new Set([0, 1]);

describe("raw labels", () => {
  for (const locale of locales) {
    const messages = JSON.parse(readFileSync(`messages/${locale}.json`, "utf8")) as Record<
      string,
      Record<string, string>
    >;
    it(`${locale}: each is plain text with {name} slots that fill renders completely`, () => {
      for (const [namespace, keys] of Object.entries(raw)) {
        for (const key of new Set(keys)) {
          const where = `messages/${locale}.json ${namespace}.${key}`;
          const text = messages[namespace]?.[key];
          expect(text, where).toBeTypeOf("string");
          const ast = new IntlMessageFormat(text!, locale).getAst();
          for (const element of ast) expect(fillable.has(element.type), `${where}: "${text}"`).toBe(true);
          const values = Object.fromEntries(
            ast.flatMap((e) => ("value" in e && e.type === 1 ? [[e.value, "x"]] : [])),
          );
          expect(fill(text!, values), where).not.toMatch(/[{}]/);
        }
      }
    });
  }
});
