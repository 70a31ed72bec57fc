import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { dirname, join, relative } from "node:path";
import { describe, expect, it } from "vitest";

// The app's own modules may not import each other in a circle, type imports included: a child that
// imports from its parent (as the quiz's views once took their label type from QuizApp) is one.
// ESLint's import/no-cycle does the same but quadrupled the lint time on this machine.
const root = process.cwd();
const folders = ["app", "components", "content", "i18n", "lib", "server", "scripts"];
const extensions = [".ts", ".tsx", ".mts", ".mjs"];
const skip = new Set(["node_modules", ".next", "out"]);

function sourceFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (skip.has(name)) return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return extensions.some((e) => name.endsWith(e)) && !/\.(test|spec)\.ts$/.test(name) ? [path] : [];
  });
}

/** The file an import specifier names, if it is one of ours (packages and JSON are not followed). */
function resolve(from: string, specifier: string): string | null {
  let base: string;
  if (specifier.startsWith("@/")) base = join(root, specifier.slice(2));
  else if (specifier.startsWith(".")) base = join(dirname(from), specifier);
  else return null;
  for (const candidate of [
    base,
    ...extensions.map((e) => base + e),
    ...extensions.map((e) => join(base, `index${e}`)),
  ])
    if (
      existsSync(candidate) &&
      statSync(candidate).isFile() &&
      extensions.some((e) => candidate.endsWith(e))
    )
      return candidate;
  return null;
}

function imports(file: string): string[] {
  const text = readFileSync(file, "utf8");
  const specifiers = [
    ...text.matchAll(/^\s*(?:import|export)\b[^'"`;]*?\bfrom\s*["']([^"']+)["']/gm),
    ...text.matchAll(/^\s*import\s*["']([^"']+)["']/gm),
    ...text.matchAll(/\bimport\(\s*["']([^"']+)["']\s*\)/g),
  ].map((m) => m[1]!);
  return specifiers.flatMap((s) => resolve(file, s) ?? []);
}

describe("import graph", () => {
  const files = [...folders.flatMap((f) => sourceFiles(join(root, f))), join(root, "proxy.ts")];
  const graph = new Map(files.map((f) => [f, imports(f)]));

  it("is read from the app's files (the check is not vacuous)", () => {
    expect(files.length).toBeGreaterThan(50);
    expect(graph.get(join(root, "components/quiz/QuizApp.tsx"))).toContain(
      join(root, "components/quiz/quiz-state.ts"),
    );
  });

  it("has no circle", () => {
    const circles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const walk = (file: string, path: string[]) => {
      state.set(file, "open");
      for (const next of graph.get(file) ?? []) {
        if (state.get(next) === "open") {
          const circle = [...path.slice(path.indexOf(next)), file, next];
          circles.push(circle.map((f) => relative(root, f)).join(" → "));
        } else if (!state.has(next)) walk(next, [...path, file]);
      }
      state.set(file, "done");
    };
    for (const file of files) if (!state.has(file)) walk(file, []);
    expect(circles).toEqual([]);
  });
});
