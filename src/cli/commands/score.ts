import { readFile } from "node:fs/promises";
import { resolve } from "node:path";
import { assessEntries } from "../../core/pipeline/evaluate";
import { readAnswersFile } from "../../core/answersFile";
import { caseStudyCount } from "../../core/scope";
import { flagString, parseArgs, UsageError, type Command } from "../command";
import { checklistOrUsage } from "../checklistFlag";
import { scoreReport, scoreText } from "../report";
import {
  SCOPE_BOOLEAN_FLAGS,
  SCOPE_FLAGS_USAGE,
  SCOPE_VALUE_FLAGS,
  scopeFromFlags,
  todayIso,
} from "../scopeFlags";

export const scoreCommand: Command = {
  name: "score",
  summary:
    "Score an answers file (JSON: control ID -> Yes/No/N/A or {met, response, links, dates}) against a checklist.",
  usage: `selfassess score --checklist ID --answers FILE.json ${SCOPE_FLAGS_USAGE} [--locale en-GB] [--json]`,
  async run(args, io) {
    const parsed = parseArgs(
      args,
      ["json", ...SCOPE_BOOLEAN_FLAGS],
      ["checklist", "answers", "locale", ...SCOPE_VALUE_FLAGS]
    );
    if (parsed.positionals.length)
      throw new UsageError(`unexpected argument ${parsed.positionals[0]}`);
    const checklist = checklistOrUsage(flagString(parsed, "checklist"));
    const scope = scopeFromFlags(checklist.id, parsed);
    const file = flagString(parsed, "answers");
    if (!file) throw new UsageError("--answers FILE.json is required");
    let text: string;
    try {
      text = await readFile(resolve(io.cwd, file), "utf8");
    } catch (error) {
      io.stderr(
        `selfassess score: cannot read ${file}: ${error instanceof Error ? error.message : String(error)}\n`
      );
      return 2;
    }
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      io.stderr(
        `selfassess score: ${file} is not valid JSON: ${error instanceof Error ? error.message : String(error)}\n`
      );
      return 2;
    }
    const read = readAnswersFile(checklist, json, caseStudyCount(checklist, scope));
    if (read.errors.length) {
      io.stderr(
        `selfassess score: ${file} has problems:\n${read.errors.map((e) => `  - ${e}`).join("\n")}\n`
      );
      return 2;
    }
    const { assessment } = assessEntries(
      { checklist, scope, entries: read.entries },
      { today: todayIso(), locale: flagString(parsed, "locale") ?? null }
    );
    io.stdout(
      parsed.flags.has("json")
        ? `${JSON.stringify(scoreReport(assessment), null, 2)}\n`
        : scoreText(assessment)
    );
    return assessment.findings.some((f) => f.severity === "error") ? 1 : 0;
  },
};
