import { readFile, realpath, writeFile, access } from "node:fs/promises";
import { resolve } from "node:path";
import { flagString, parseArgs, UsageError, type Command } from "../command";
import { todayIso } from "../scopeFlags";
import { finalizeWorkbook, NotRecognisedError, undoFinalize } from "../xlsx/finalize";
import { WorkbookReadError } from "../xlsx/readGrid";

async function exists(path: string): Promise<boolean> {
  try {
    await access(path);
    return true;
  } catch {
    return false;
  }
}

async function samePath(a: string, b: string): Promise<boolean> {
  if (a === b) return true;
  try {
    return (await realpath(a)) === (await realpath(b));
  } catch {
    return false;
  }
}

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
    const asOf = flagString(parsed, "as-of") ?? null;
    if (asOf !== null && !/^\d{4}-\d{2}-\d{2}$/.test(asOf))
      throw new UsageError("--as-of must be YYYY-MM-DD");
    const input = resolve(io.cwd, parsed.positionals[0]);
    const output = resolve(io.cwd, out);
    if (await samePath(input, output))
      throw new UsageError(
        "--out must differ from the input: finalize never writes over its input"
      );
    if (!parsed.flags.has("force") && (await exists(output))) {
      io.stderr(
        `selfassess finalize: ${out} exists; choose another name or pass --force to replace it\n`
      );
      return 2;
    }
    let bytes: Buffer;
    try {
      bytes = await readFile(input);
    } catch (error) {
      io.stderr(
        `selfassess finalize: cannot read ${parsed.positionals[0]} (${error instanceof Error ? error.message : String(error)})\n`
      );
      return 2;
    }
    try {
      if (parsed.flags.has("undo")) {
        const undone = await undoFinalize(bytes);
        await writeFile(output, undone.buffer);
        io.stdout(
          `Wrote ${out}: ${undone.restored} formulas restored from 'SelfAssess Original Formulas'.\n`
        );
        return 0;
      }
      const result = await finalizeWorkbook(bytes, { today: todayIso(), asOf });
      if (result.disagreements.length && !parsed.flags.has("force")) {
        const list = result.disagreements.map((f) => `  ${f.message}\n`).join("");
        io.stderr(
          `selfassess finalize: not written: the native formulas would disagree with the check on ${result.disagreements.length} Met? cell(s); fix them or pass --force:\n${list}`
        );
        return 1;
      }
      await writeFile(output, result.buffer);
      io.stdout(
        `Wrote ${out}: ${result.replaced} formulas made native${result.valued.length ? `, ${result.valued.length} replaced by their value (${result.valued.map((v) => `'${v.sheet}'!${v.cell}`).join(", ")})` : ""}; originals kept in the hidden sheet 'SelfAssess Original Formulas'.\n${result.stamp}\n`
      );
      return result.check.findings.some((f) => f.severity === "error") ? 1 : 0;
    } catch (error) {
      if (error instanceof WorkbookReadError || error instanceof NotRecognisedError) {
        io.stderr(`selfassess finalize: ${parsed.positionals[0]}: ${error.message}\n`);
        return 2;
      }
      throw error;
    }
  },
};
