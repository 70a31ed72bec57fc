import { execFile } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { unzipSync } from "fflate";
import { classQuizForExport } from "@/lib/export/class-quiz";
import { makeExportFile } from "@/lib/export/export-file";
import { parseExportArgs } from "../../scripts/quiz-export-args";
import { exportLabels, quizSource } from "../../scripts/quiz-source";

const dir = mkdtempSync(join(tmpdir(), "quiz-export-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(args: string[], env: Record<string, string> = {}) {
  return new Promise<{ code: number; stdout: Buffer; stderr: string }>((resolve) => {
    execFile(
      "node_modules/.bin/tsx",
      ["scripts/quiz-export.ts", ...args],
      { encoding: "buffer", env: { ...process.env, ...env }, maxBuffer: 64 << 20 },
      (error, stdout, stderr) =>
        resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr: stderr.toString("utf8") }),
    );
  });
}

describe("quiz:export arguments", () => {
  it.each([
    [
      ["--format", "pdf", "--seed", "4242", "--locale", "en"],
      /--format must be one of moodle, gift, qti, not "pdf"/,
    ],
    [
      ["--format", "gift", "--seed", "4242", "--locale", "de"],
      /--locale must be one of en, ru, kk or all, not "de"/,
    ],
    [["--format", "gift", "--seed", "42a", "--locale", "en"], /--seed must be 1 to 9 digits/],
    [
      ["--format", "gift", "--seed", "4242", "--locale", "en", "--count", "21"],
      /--count must be a whole number from 5 to 20/,
    ],
    [["--format", "gift", "--seed", "4242", "--locale", "en", "--count", "4"], /--count must be/],
    [["--format", "gift", "--seed", "4242", "--locale", "en", "--count", "1e1"], /--count must be/],
    [
      ["--format", "qti", "--seed", "4242", "--locale", "en"],
      /--format qti writes a zip file: give --out FILE/,
    ],
    [["--format", "gift", "--seed", "4242", "--locale", "all"], /--locale all is for --format moodle only/],
    [
      ["--format", "gift", "--seed", "4242", "--locale", "en", "--order", "ordering"],
      /--order is for --format moodle only/,
    ],
    [
      ["--format", "moodle", "--seed", "4242", "--locale", "en", "--order", "random"],
      /--order must be one of ordering, matching/,
    ],
    [
      ["--format", "gift", "--seed", "4242", "--locale", "en", "--site", "class.example.org"],
      /--site must be an http or https address/,
    ],
    [["--format", "gift", "--locale", "en"], /--seed is required/],
    [
      ["--format", "gift", "--seed", "4242", "--locale", "en", "--colour", "red"],
      /Unknown option '--colour'/,
    ],
  ])("%j: one clear message", (args, message) => {
    const result = parseExportArgs(args);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.error).toMatch(message);
  });

  it("accepts a good request, with the defaults", () => {
    expect(parseExportArgs(["--format", "moodle", "--seed", "4242", "--locale", "all"])).toEqual({
      ok: true,
      args: { format: "moodle", seed: "4242", count: 10, locales: ["en", "ru", "kk"], order: "ordering" },
    });
    expect(
      parseExportArgs(["--format", "gift", "--seed", "1", "--locale", "kk", "--site", "https://a.example"]),
    ).toMatchObject({ ok: true, args: { site: "https://a.example" } });
  });
});

// Each case starts tsx: slow on 2 shared cores, so few cases and a generous timeout.
describe.concurrent("npm run quiz:export", { timeout: 60_000 }, () => {
  it.each([
    [["--format", "gift", "--seed", "42a", "--locale", "en"], /--seed must be 1 to 9 digits/, true],
    [
      ["--format", "qti", "--seed", "4242", "--locale", "en"],
      /--format qti writes a zip file: give --out FILE/,
      false,
    ],
  ])("%j: the message and usage on stderr, exit 2, no file", async (args, message, withOut) => {
    const out = join(dir, `bad-${args.join("_").replace(/\W/g, "")}`);
    const result = await run(withOut ? [...args, "--out", out] : args);
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/usage: npm run --silent quiz:export/);
    expect(result.stdout.length).toBe(0);
    expect(existsSync(out)).toBe(false);
  });

  it("writes the same bytes the exporters make, with links on SITE_URL or --site; warns without either", async () => {
    const site = "https://school.example.net";
    const [gift, qti, local] = await Promise.all([
      run(["--format", "gift", "--seed", "123456", "--count", "7", "--locale", "kk"], { SITE_URL: site }),
      run(
        [
          "--format",
          "qti",
          "--seed",
          "123456",
          "--count",
          "7",
          "--locale",
          "ru",
          "--out",
          join(dir, "q.zip"),
          "--site",
          site,
        ],
        { SITE_URL: "" },
      ),
      run(["--format", "moodle", "--seed", "5", "--count", "5", "--locale", "en"], { SITE_URL: "" }),
    ]);
    expect(gift.code).toBe(0);
    expect(gift.stderr).toBe("");
    expect(qti.stderr).not.toMatch(/warning/);
    expect(local.code).toBe(0);
    expect(local.stderr).toMatch(
      /warning: no --site and no SITE_URL: the links in the file go to http:\/\/localhost:3000/,
    );
    expect(local.stdout.toString("utf8")).toContain("http://localhost:3000/en/sources");
    const expected = await makeExportFile({
      format: "gift",
      quizzes: [
        classQuizForExport({
          source: quizSource("kk"),
          seed: "123456",
          count: 7,
          labels: exportLabels("kk"),
          siteUrl: site,
        }),
      ],
    });
    expect(gift.stdout.equals(Buffer.from(expected.bytes))).toBe(true);
    expect(gift.stdout.toString("utf8")).toContain(`${site.replace(":", "\\:")}/kk/sources`);
    expect(qti.code).toBe(0);
    expect(Object.keys(unzipSync(readFileSync(join(dir, "q.zip")))).sort()).toEqual([
      "class_quiz_123456_7_ru/assessment_meta.xml",
      "class_quiz_123456_7_ru/class_quiz_123456_7_ru.xml",
      "imsmanifest.xml",
    ]);
    expect(readFileSync(join(dir, "q.zip")).toString("latin1")).not.toContain(".part");
  });
});
