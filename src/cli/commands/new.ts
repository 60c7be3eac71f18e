import { resolve } from "node:path";
import { buildLayout } from "../../core/workbook/layout";
import { flagString, parseArgs, UsageError, type Command } from "../command";
import { checklistOrUsage } from "../checklistFlag";
import {
  SCOPE_BOOLEAN_FLAGS,
  SCOPE_FLAGS_USAGE,
  SCOPE_VALUE_FLAGS,
  scopeFromFlags,
  todayIso,
} from "../scopeFlags";
import { writeWorkbook } from "../xlsx/writeWorkbook";
import { checkOutput, writeOutput } from "../files";

export const newCommand: Command = {
  name: "new",
  summary:
    "Create a self-assessment workbook for a checklist and scope: one row per control (rows not asked for the scope hidden or greyed, with the reason), Yes/No/N/A lists, a Summary and an Evidence index. The scope is kept in a hidden 'SelfAssess' sheet for `check`.",
  usage: `selfassess new --checklist ID ${SCOPE_FLAGS_USAGE} --out FILE.xlsx [--force]`,
  async run(args, io) {
    const parsed = parseArgs(
      args,
      ["force", ...SCOPE_BOOLEAN_FLAGS],
      ["checklist", "out", ...SCOPE_VALUE_FLAGS]
    );
    if (parsed.positionals.length)
      throw new UsageError(`unexpected argument ${parsed.positionals[0]}`);
    const checklist = checklistOrUsage(flagString(parsed, "checklist"));
    const scope = scopeFromFlags(checklist.id, parsed);
    const out = flagString(parsed, "out");
    if (!out) throw new UsageError("--out FILE.xlsx is required");
    if (!/\.xlsx$/i.test(out)) throw new UsageError("--out must name an .xlsx file");
    const path = resolve(io.cwd, out);
    const { exists } = await checkOutput(path, out);
    if (!parsed.flags.has("force") && exists) {
      io.stderr(
        `selfassess new: ${out} exists; choose another name or pass --force to replace it\n`
      );
      return 2;
    }
    const today = todayIso();
    const layout = buildLayout(checklist, scope, { today });
    const buffer = await writeWorkbook(layout);
    await writeOutput(path, out, buffer);
    const rows = layout.sheets.flatMap((s) => s.rows.filter((r) => r.kind === "control"));
    const hidden = rows.filter((r) => r.hidden).length;
    io.stdout(
      `Wrote ${out}: ${checklist.title} ${checklist.version}, ${rows.length} controls (${hidden} not asked for this scope, hidden), sheets ${layout.sheets
        .filter((s) => s.visibility === "visible")
        .map((s) => s.name)
        .join(", ")}.\n`
    );
    return 0;
  },
};
