import { readdir, stat } from "node:fs/promises";
import { dirname, join, relative, resolve, sep } from "node:path";
import { toCsv } from "../../core/exchange/csv";
import { portfolioCsvRows, sortPortfolio } from "../../core/exchange/portfolio";
import { flagString, parseArgs, UsageError, type Command, type ExitCode } from "../command";
import { defaultJobs, portfolioRows } from "../exchange/portfolioRows";
import { portfolioXlsx } from "../exchange/portfolioXlsx";
import { dateFlag } from "../dateFlag";
import { checkOutput, writeOutput } from "../files";
import { todayIso } from "../scopeFlags";

export const reportCommand: Command = {
  name: "report",
  summary:
    "A PDM's portfolio of a folder of workbooks: one row per workbook (partner, programme, checklist version, score or controls met, open items, errors, approval, last finalize, a link to the file), most in need of attention first, as .xlsx or CSV.",
  usage:
    "selfassess report DIR --out portfolio.xlsx|portfolio.csv [--format xlsx|csv] [--as-of YYYY-MM-DD] [--locale en-GB] [--jobs N]",
  async run(args, io): Promise<ExitCode> {
    const parsed = parseArgs(args, [], ["out", "format", "as-of", "locale", "jobs"]);
    if (parsed.positionals.length !== 1) throw new UsageError("give one directory");
    const out = flagString(parsed, "out");
    const format = flagString(parsed, "format") ?? (out && /\.csv$/i.test(out) ? "csv" : "xlsx");
    if (format !== "xlsx" && format !== "csv") throw new UsageError("--format must be xlsx or csv");
    if (!out && format === "xlsx") throw new UsageError("--out FILE.xlsx is required");
    const asOf = dateFlag(parsed, "as-of");
    const jobsFlag = flagString(parsed, "jobs");
    const jobs = jobsFlag === undefined ? defaultJobs() : Number(jobsFlag);
    if (!Number.isInteger(jobs) || jobs < 1)
      throw new UsageError("--jobs must be a whole number, 1 or more");
    const dir = resolve(io.cwd, parsed.positionals[0]);
    try {
      if (!(await stat(dir)).isDirectory()) throw new Error("not a directory");
    } catch {
      io.stderr(`selfassess report: ${parsed.positionals[0]}: no such directory\n`);
      return 2;
    }
    const outPath = out ? resolve(io.cwd, out) : null;
    if (outPath && out) await checkOutput(outPath, out);
    const names = (await readdir(dir))
      .filter((n) => /\.xlsx$/i.test(n) && !n.startsWith("~$") && join(dir, n) !== outPath)
      .sort();
    if (!names.length) {
      io.stderr(`selfassess report: no .xlsx files in ${parsed.positionals[0]}\n`);
      return 2;
    }
    const options = { today: todayIso(), asOf, locale: flagString(parsed, "locale") ?? null };
    const rows = sortPortfolio(
      await portfolioRows(
        names.map((file) => ({ path: join(dir, file), file })),
        options,
        jobs,
        jobsFlag !== undefined
      )
    );
    if (!outPath) {
      io.stdout(toCsv(portfolioCsvRows(rows)));
      return 0;
    }
    // Links are relative to the portfolio file, so the folder and its portfolio can be moved together.
    const linkFor = (file: string) =>
      relative(dirname(outPath), join(dir, file)).split(sep).join("/");
    const bytes =
      format === "csv"
        ? Buffer.from(`\ufeff${toCsv(portfolioCsvRows(rows))}`, "utf8")
        : await portfolioXlsx(rows, linkFor);
    await writeOutput(outPath, out ?? "", bytes);
    const unreadable = rows.filter((r) => r.unreadable).length;
    const attention = rows.filter((r) => r.rank <= 3).length;
    io.stdout(
      `Wrote ${out}: ${rows.length} workbook${rows.length === 1 ? "" : "s"}${unreadable ? ` (${unreadable} could not be checked)` : ""}, ${attention} need${attention === 1 ? "s" : ""} attention.\n`
    );
    return 0;
  },
};
