import { readdir, readFile, stat } from "node:fs/promises";
import { basename, join, resolve } from "node:path";
import { CHECKLISTS } from "../../checklists";
import { programName } from "../../core/programNames";
import { evaluateWorkbook, type WorkbookCheck } from "../../core/pipeline/evaluate";
import { flagString, parseArgs, UsageError, type Command, type ExitCode } from "../command";
import { scoreReport, scoreText } from "../report";
import { dateFlag } from "../dateFlag";
import type { PrerequisiteFlags } from "../../core/prerequisites";
import {
  PREREQUISITE_BOOLEAN_FLAGS,
  PREREQUISITE_FLAGS_USAGE,
  PREREQUISITE_VALUE_FLAGS,
  prerequisiteFlags,
  todayIso,
} from "../scopeFlags";
import { readGrid, WorkbookReadError } from "../../xlsx/readGrid";

export type CheckOutcome = { ok: true; check: WorkbookCheck } | { ok: false; message: string };

/** Reads and checks one workbook file; unreadable or unrecognisable files come back as a message. */
export async function checkFile(
  path: string,
  options: {
    today: string;
    asOf?: string | null;
    locale?: string | null;
    prerequisites?: PrerequisiteFlags | null;
  }
): Promise<CheckOutcome> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (error) {
    return {
      ok: false,
      message: `cannot read the file (${error instanceof Error ? error.message : String(error)})`,
    };
  }
  try {
    const grid = await readGrid(bytes);
    const result = evaluateWorkbook(grid, CHECKLISTS, options);
    if (!result.ok) return { ok: false, message: result.reason };
    return { ok: true, check: result.check };
  } catch (error) {
    if (error instanceof WorkbookReadError) return { ok: false, message: error.message };
    throw error;
  }
}

/** The `check --json` document. */
export function checkJson(check: WorkbookCheck) {
  return {
    checklist: check.checklist.id,
    checklistVersion: check.checklist.version,
    version: check.version,
    scope: check.scope,
    scopeSource: check.scopeSource,
    mapping: check.mapping,
    pointOverrides: Object.fromEntries(check.pointOverrides),
    score: scoreReport(check.assessment),
    findings: check.findings,
  };
}

function oneLine(name: string, outcome: CheckOutcome): string {
  if (!outcome.ok) return `${name}: UNREADABLE ${outcome.message}`;
  const { check } = outcome;
  const count = (s: string) => check.findings.filter((f) => f.severity === s).length;
  const s = check.assessment.score;
  const o = check.assessment.overall;
  const score = s ? `score ${s.total}/${s.max} ${s.pass ? "PASS" : "FAIL"}, ` : "";
  return `${name}: ${programName(check.checklist)} ${check.checklist.version}, ${score}${o.answered}/${o.applicable} answered, ${count("error")} errors, ${count("warning")} warnings${check.readiness.ready ? ", ready" : ""}`;
}

export const checkCommand: Command = {
  name: "check",
  summary:
    "Check a self-assessment workbook (or every .xlsx in a directory): recognise the checklist, read the answers, score and report findings with sheet and cell.",
  usage: `selfassess check FILE.xlsx|DIR [--as-of YYYY-MM-DD] [--locale en-GB] ${PREREQUISITE_FLAGS_USAGE} [--json]`,
  async run(args, io): Promise<ExitCode> {
    const parsed = parseArgs(
      args,
      ["json", ...PREREQUISITE_BOOLEAN_FLAGS],
      ["as-of", "locale", ...PREREQUISITE_VALUE_FLAGS]
    );
    if (parsed.positionals.length !== 1)
      throw new UsageError("give one workbook file or directory");
    const asOf = dateFlag(parsed, "as-of");
    const target = resolve(io.cwd, parsed.positionals[0]);
    // Text dates such as 03/04/2025 are read in this locale; without one, an ambiguous date is reported, not guessed.
    const locale = flagString(parsed, "locale") ?? null;
    const options = { today: todayIso(), asOf, locale, prerequisites: prerequisiteFlags(parsed) };
    let isDir = false;
    try {
      isDir = (await stat(target)).isDirectory();
    } catch {
      io.stderr(`selfassess check: ${parsed.positionals[0]}: no such file or directory\n`);
      return 2;
    }
    if (isDir) {
      const names = (await readdir(target))
        .filter((n) => /\.xlsx$/i.test(n) && !n.startsWith("~$"))
        .sort();
      if (!names.length) {
        io.stderr(`selfassess check: no .xlsx files in ${parsed.positionals[0]}\n`);
        return 2;
      }
      let failed = false;
      const docs: unknown[] = [];
      for (const name of names) {
        const outcome = await checkFile(join(target, name), options);
        if (!outcome.ok || outcome.check.readiness.errors.length > 0) failed = true;
        if (parsed.flags.has("json"))
          docs.push(
            outcome.ok
              ? { file: name, ...checkJson(outcome.check) }
              : { file: name, error: outcome.message }
          );
        else io.stdout(`${oneLine(name, outcome)}\n`);
      }
      if (parsed.flags.has("json")) io.stdout(`${JSON.stringify(docs, null, 2)}\n`);
      return failed ? 1 : 0;
    }
    const outcome = await checkFile(target, options);
    if (!outcome.ok) {
      io.stderr(`selfassess check: ${basename(target)}: ${outcome.message}\n`);
      return 2;
    }
    const { check } = outcome;
    if (parsed.flags.has("json")) io.stdout(`${JSON.stringify(checkJson(check), null, 2)}\n`);
    else {
      io.stdout(
        `${basename(target)}: ${check.checklist.title} ${check.checklist.version} (recognised by ${check.mapping.recognisedBy === "selfassess-sheet" ? "its SelfAssess sheet" : `control IDs and title, confidence ${check.mapping.confidence}`}; scope from ${check.scopeSource === "workbook" ? "the workbook" : "defaults"})\n`
      );
      io.stdout(scoreText(check.assessment));
    }
    return check.readiness.errors.length > 0 ? 1 : 0;
  },
};
