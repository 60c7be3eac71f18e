import { basename, resolve } from "node:path";
import { CHECKLISTS } from "../../checklists";
import {
  agedEvidence,
  patchGrid,
  planCarryForward,
  type CarryPlan,
  type CellWriteOf,
} from "../../core/exchange/carryForward";
import { fileWithChecklist } from "../../core/catalogNames";
import type { Finding } from "../../core/model";
import { checkGrid } from "../../core/workbook/checkGrid";
import { flagString, parseArgs, UsageError, type Command, type ExitCode } from "../command";
import { dateFlag } from "../dateFlag";
import { loadAssessed } from "../exchange/loadAssessed";
import { checkOutput, FileError, sameFile, writeOutput } from "../files";
import { todayIso } from "../scopeFlags";
import { openPackage, type CellWrite } from "../xlsx/package";

/** Built-in number format 14: the locale's short date. */
const DATE_FORMAT = 14;

function bySheet(writes: readonly CellWriteOf[]): Map<string, CellWrite[]> {
  const out = new Map<string, CellWrite[]>();
  for (const w of writes) {
    const list = out.get(w.sheet) ?? [];
    list.push({
      address: w.cell,
      value: w.value,
      ...(w.date ? { style: { numFmtId: DATE_FORMAT } } : {}),
    });
    out.set(w.sheet, list);
  }
  return out;
}

const FIELD_WORDS = {
  met: "Met",
  response: "Partner response",
  links: "evidence links",
  dates: "evidence dates",
};

function report(plan: CarryPlan, aged: readonly Finding[], out: string): string {
  const lines: string[] = [];
  lines.push(
    `Wrote ${out}: answers of ${fileWithChecklist(plan.from)} as of ${plan.from.date} carried into ${fileWithChecklist(plan.to)}.`
  );
  const section = (title: string, items: string[], empty = "none") => {
    lines.push("", `${title} (${items.length})`);
    if (!items.length) lines.push(`  ${empty}`);
    for (const item of items) lines.push(`  ${item}`);
  };
  section(
    "Carried, to re-confirm",
    plan.carried.map(
      (c) =>
        `${c.id} ${c.title}: ${c.fields.map((f) => FIELD_WORDS[f]).join(", ")}${c.from ? ` (was ${c.from})` : ""}${c.reworded ? " (the requirement was reworded: re-read it)" : ""}`
    )
  );
  section(
    "Kept as they were (the new workbook's cell is not empty; --overwrite replaces them)",
    plan.skipped.map(
      (s) =>
        `${s.id}${s.caseStudy ? ` #${s.caseStudy}` : ""} ${FIELD_WORDS[s.field]} ${s.cell}: kept "${s.existing}", last cycle "${s.carried}"`
    )
  );
  section(
    "Evidence dates too old for the new planned submission date",
    aged.map(
      (f) =>
        `${f.control}${f.caseStudy ? ` #${f.caseStudy}` : ""}${f.sheet && f.cell ? ` '${f.sheet}'!${f.cell}` : ""}: ${f.message}`
    )
  );
  const c = plan.changes;
  section(
    "Checklist changes between the versions",
    [
      ...c.added.map((x) => `new: ${x.id} ${x.title}`),
      ...c.removed.map((x) => `removed: ${x.id} ${x.title} (its answers are not carried)`),
      ...c.renamed.map((x) => `renamed: ${x.from} is now ${x.to} ${x.title}`),
      ...c.reworded.map(
        (x) => `reworded: ${x.id} ${x.title}${x.was !== x.title ? ` (was "${x.was}")` : ""}`
      ),
    ],
    plan.from.version === plan.to.version ? "none (the same checklist version)" : "none"
  );
  return `${lines.join("\n")}\n`;
}

export const carryForwardCommand: Command = {
  name: "carry-forward",
  summary:
    "Start a new cycle from the last one: bring answers, responses, links and evidence dates by control into a new workbook (possibly a newer checklist version), marking each for re-confirmation; non-empty cells of the new workbook are kept unless --overwrite; lists evidence dates now too old and controls new, removed, renamed or reworded.",
  usage:
    "selfassess carry-forward OLD.xlsx NEW.xlsx --out FILE.xlsx [--overwrite] [--force] [--json] [--as-of YYYY-MM-DD] [--locale en-GB]",
  async run(args, io): Promise<ExitCode> {
    const parsed = parseArgs(args, ["overwrite", "force", "json"], ["out", "as-of", "locale"]);
    if (parsed.positionals.length !== 2)
      throw new UsageError("give the old and the new workbook files");
    const out = flagString(parsed, "out");
    if (!out) throw new UsageError("--out FILE.xlsx is required");
    if (!/\.xlsx$/i.test(out)) throw new UsageError("--out must name an .xlsx file");
    const asOf = dateFlag(parsed, "as-of");
    const [oldPath, newPath] = parsed.positionals.map((p) => resolve(io.cwd, p));
    const outPath = resolve(io.cwd, out);
    if (sameFile(oldPath, outPath))
      throw new FileError(
        `${out} is the old workbook (the same file on disk); choose another name`
      );
    const { exists } = await checkOutput(outPath, out, newPath);
    if (exists && !parsed.flags.has("force")) {
      io.stderr(
        `selfassess carry-forward: ${out} exists; choose another name or pass --force to replace it\n`
      );
      return 2;
    }
    const options = { today: todayIso(), asOf, locale: flagString(parsed, "locale") ?? null };
    const [old, fresh] = await Promise.all([
      loadAssessed(oldPath, basename(oldPath), options),
      loadAssessed(newPath, basename(newPath), options),
    ]);
    for (const [i, outcome] of [old, fresh].entries()) {
      if (!outcome.ok) {
        io.stderr(`selfassess carry-forward: ${parsed.positionals[i]}: ${outcome.message}\n`);
        return 2;
      }
    }
    if (!old.ok || !fresh.ok) return 2;
    const [a, b] = [old.workbook.check.checklist, fresh.workbook.check.checklist];
    if (a.id !== b.id) {
      io.stderr(
        `selfassess carry-forward: ${parsed.positionals[0]} is a ${a.title} and ${parsed.positionals[1]} a ${b.title}: answers are carried between workbooks of one checklist only\n`
      );
      return 2;
    }
    const plan = planCarryForward(old.workbook, fresh.workbook, fresh.grid, {
      overwrite: parsed.flags.has("overwrite"),
    });
    // The new workbook checked with the carried values in place: dates now too old show up as findings.
    const all = [...plan.writes, ...plan.marks, ...plan.meta];
    const checked = checkGrid(patchGrid(fresh.grid, all), CHECKLISTS, options);
    const aged = checked.ok ? agedEvidence(plan, checked.check.findings) : [];
    const pkg = await openPackage(fresh.bytes);
    for (const [sheet, writes] of bySheet(all)) pkg.setCells(sheet, writes);
    await writeOutput(outPath, out, await pkg.save(), newPath);
    io.stdout(
      parsed.flags.has("json")
        ? `${JSON.stringify({ ...plan, aged }, null, 2)}\n`
        : report(plan, aged, out)
    );
    return 0;
  },
};
