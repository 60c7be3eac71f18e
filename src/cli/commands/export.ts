import { basename, resolve } from "node:path";
import { toCsv } from "../../core/exchange/csv";
import { exportRows } from "../../core/exchange/exportRows";
import { oscalAssessmentResults } from "../../core/exchange/oscal";
import { flagString, parseArgs, UsageError, type Command, type ExitCode } from "../command";
import { loadAssessed } from "../exchange/loadAssessed";
import { dateFlag } from "../dateFlag";
import { checkOutput, writeOutput } from "../files";
import { todayIso } from "../scopeFlags";
import { checkJson } from "./check";

const FORMATS = ["oscal", "json", "csv"] as const;
type Format = (typeof FORMATS)[number];

export const exportCommand: Command = {
  name: "export",
  summary:
    "Export a checked workbook: an OSCAL 1.1.2 Assessment Results document for GRC tools (oscal), the check's result (json), or a row per control and evidence reference (csv).",
  usage:
    "selfassess export FILE.xlsx --format oscal|json|csv [--out FILE] [--as-of YYYY-MM-DD] [--locale en-GB]",
  async run(args, io): Promise<ExitCode> {
    const parsed = parseArgs(args, [], ["format", "out", "as-of", "locale"]);
    if (parsed.positionals.length !== 1) throw new UsageError("give one workbook file");
    const format = (flagString(parsed, "format") ?? "oscal") as Format;
    if (!FORMATS.includes(format)) throw new UsageError("--format must be oscal, json or csv");
    const asOf = dateFlag(parsed, "as-of");
    const path = resolve(io.cwd, parsed.positionals[0]);
    const outcome = await loadAssessed(path, basename(path), {
      today: todayIso(),
      asOf,
      locale: flagString(parsed, "locale") ?? null,
    });
    if (!outcome.ok) {
      io.stderr(`selfassess export: ${basename(path)}: ${outcome.message}\n`);
      return 2;
    }
    const w = outcome.workbook;
    const text =
      format === "csv"
        ? toCsv(exportRows(w))
        : `${JSON.stringify(
            format === "json"
              ? checkJson(w.check)
              : oscalAssessmentResults(w, { generated: new Date().toISOString() }),
            null,
            2
          )}\n`;
    const out = flagString(parsed, "out");
    if (!out) {
      io.stdout(text);
      return 0;
    }
    const outPath = resolve(io.cwd, out);
    await checkOutput(outPath, out, path);
    // A BOM lets Excel open a UTF-8 CSV with accented partner text intact.
    await writeOutput(
      outPath,
      out,
      Buffer.from(format === "csv" ? `\ufeff${text}` : text, "utf8"),
      path
    );
    io.stdout(`Wrote ${out}: ${format.toUpperCase()} export of ${basename(path)}.\n`);
    return 0;
  },
};
