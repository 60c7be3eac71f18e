import { basename, resolve } from "node:path";
import { diffText, diffWorkbooks } from "../../core/exchange/diff";
import { flagString, parseArgs, UsageError, type Command, type ExitCode } from "../command";
import { loadAssessed } from "../exchange/loadAssessed";
import { dateFlag } from "../dateFlag";
import { todayIso } from "../scopeFlags";

export const diffCommand: Command = {
  name: "diff",
  summary:
    "Compare two self-assessment workbooks of one checklist (two runs, or last cycle's and this one's): per control, answers changed, evidence added or removed, score and pass changes, findings fixed or introduced, with the cell in both files.",
  usage: "selfassess diff A.xlsx B.xlsx [--json] [--as-of YYYY-MM-DD] [--locale en-GB]",
  async run(args, io): Promise<ExitCode> {
    const parsed = parseArgs(args, ["json"], ["as-of", "locale"]);
    if (parsed.positionals.length !== 2) throw new UsageError("give two workbook files");
    const asOf = dateFlag(parsed, "as-of");
    const options = { today: todayIso(), asOf, locale: flagString(parsed, "locale") ?? null };
    const [a, b] = await Promise.all(
      parsed.positionals.map((p) => {
        const path = resolve(io.cwd, p);
        return loadAssessed(path, basename(path), options);
      })
    );
    for (const [i, outcome] of [a, b].entries()) {
      if (!outcome.ok) {
        io.stderr(`selfassess diff: ${parsed.positionals[i]}: ${outcome.message}\n`);
        return 2;
      }
    }
    if (!a.ok || !b.ok) return 2;
    const [ca, cb] = [a.workbook.check.checklist, b.workbook.check.checklist];
    if (ca.id !== cb.id) {
      io.stderr(
        `selfassess diff: ${parsed.positionals[0]} is a ${ca.title} and ${parsed.positionals[1]} a ${cb.title}: only workbooks of one checklist can be compared\n`
      );
      return 2;
    }
    const diff = diffWorkbooks(a.workbook, b.workbook);
    io.stdout(parsed.flags.has("json") ? `${JSON.stringify(diff, null, 2)}\n` : diffText(diff));
    return 0;
  },
};
