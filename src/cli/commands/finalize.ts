import { resolve } from "node:path";
import { flagString, parseArgs, UsageError, type Command } from "../command";
import { dateFlag } from "../dateFlag";
import { checkOutput, readInput, writeOutput } from "../files";
import { todayIso } from "../scopeFlags";
import {
  finalizeWorkbook,
  NotRecognisedError,
  UndoRecordError,
  undoFinalize,
} from "../xlsx/finalize";
import { PackageError } from "../xlsx/package";
import { WorkbookReadError } from "../../xlsx/readGrid";
import { isFinalizeRefused } from "../../core/workbook/finalizeGate";
import { ORIGINAL_FORMULAS_SHEET } from "../../core/workbook/persist";

export const finalizeCommand: Command = {
  name: "finalize",
  summary:
    "Write a copy that computes without the add-in: MSP.* formulas replaced by native Excel formulas (originals kept in the hidden sheet 'SelfAssess Original Formulas'), checklist version, scope and date stamped. --undo restores the formulas.",
  usage: "selfassess finalize FILE.xlsx --out NEW.xlsx [--as-of YYYY-MM-DD] [--undo] [--force]",
  async run(args, io) {
    const parsed = parseArgs(args, ["undo", "force"], ["out", "as-of"]);
    if (parsed.positionals.length !== 1) throw new UsageError("give one workbook file");
    const out = flagString(parsed, "out");
    if (!out)
      throw new UsageError("--out NEW.xlsx is required (finalize never writes over its input)");
    const asOf = dateFlag(parsed, "as-of");
    const shown = parsed.positionals[0];
    const input = resolve(io.cwd, shown);
    const output = resolve(io.cwd, out);
    if (input === output)
      throw new UsageError(
        "--out must differ from the input: finalize never writes over its input"
      );
    const { exists } = await checkOutput(output, out, input);
    if (exists && !parsed.flags.has("force")) {
      io.stderr(
        `selfassess finalize: ${out} exists; choose another name or pass --force to replace it\n`
      );
      return 2;
    }
    const bytes = await readInput(input, shown);
    try {
      if (parsed.flags.has("undo")) {
        const undone = await undoFinalize(bytes);
        await writeOutput(output, out, undone.buffer, input);
        io.stdout(
          `Wrote ${out}: ${undone.restored} formulas restored from 'SelfAssess Original Formulas'.\n`
        );
        return 0;
      }
      const result = await finalizeWorkbook(bytes, {
        today: todayIso(),
        asOf,
        force: parsed.flags.has("force"),
      });
      await writeOutput(output, out, result.buffer, input);
      io.stdout(
        `Wrote ${out}: ${result.replaced} formulas made native${result.valued.length ? `, ${result.valued.length} replaced by their value (${result.valued.map((v) => `'${v.sheet}'!${v.cell}`).join(", ")})` : ""}; originals kept in the hidden sheet 'SelfAssess Original Formulas'.\n${result.stamp}\n`
      );
      return result.check.findings.some((f) => f.severity === "error") ? 1 : 0;
    } catch (error) {
      if (isFinalizeRefused(error)) {
        const list = error.refusal.disagreements.map((f) => `  ${f.message}\n`).join("");
        io.stderr(`selfassess finalize: ${shown}: not written: ${error.message}\n${list}`);
        return 1;
      }
      if (error instanceof UndoRecordError) {
        io.stderr(
          `selfassess finalize: ${shown}: sheet '${ORIGINAL_FORMULAS_SHEET}' cell ${error.cell}: ${error.message}\n`
        );
        return 2;
      }
      if (
        error instanceof WorkbookReadError ||
        error instanceof NotRecognisedError ||
        error instanceof PackageError
      ) {
        io.stderr(`selfassess finalize: ${shown}: ${error.message}\n`);
        return 2;
      }
      throw error;
    }
  },
};
