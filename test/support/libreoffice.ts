/**
 * LibreOffice as an independent spreadsheet for the proofs: it opens what the CLI writes, with no add-in, and
 * recalculates or re-saves it. Tests that need it skip, with a message, when `soffice` is not installed.
 */
import ExcelJS from "exceljs";
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

export const HAS_SOFFICE = spawnSync("sh", ["-c", "command -v soffice"]).status === 0;

/** The export filter for sheet `index` (1-based) as UTF-8 CSV with formulas as their computed values. */
export function csvFilter(index: number): string {
  return `csv:Text - txt - csv (StarCalc):44,34,UTF8,1,,0,false,true,false,false,false,${index}`;
}

/** The 1-based position of `sheet` in an .xlsx file, as the CSV filter counts sheets. */
export async function sheetIndex(file: string, sheet: string): Promise<number> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(readFileSync(file) as unknown as ExcelJS.Buffer);
  return workbook.worksheets.findIndex((w) => w.name === sheet) + 1;
}

/**
 * Converts `files` with one headless soffice call and returns the new folder that holds the results. Each call
 * gets its own profile (a throwaway one unless `profile` is given), so parallel runs never share a lock.
 */
export function sofficeConvert(
  files: string[],
  to: string,
  options: { profile?: string; timeout: number }
): string {
  const profile = options.profile ?? mkdtempSync(join(tmpdir(), "lo-"));
  const outdir = mkdtempSync(join(tmpdir(), "lo-out-"));
  execFileSync(
    "soffice",
    [
      `-env:UserInstallation=file://${profile}`,
      "--headless",
      "--convert-to",
      to,
      "--outdir",
      outdir,
      ...files,
    ],
    { stdio: "pipe", timeout: options.timeout }
  );
  return outdir;
}

/** Parses one CSV line (LibreOffice quoting). */
export function csvLine(line: string): string[] {
  const out: string[] = [];
  let cur = "";
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cur += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cur += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      out.push(cur);
      cur = "";
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** The non-empty rows of a CSV file LibreOffice wrote. */
export function csvRows(file: string): string[][] {
  return readFileSync(file, "utf8").split(/\r?\n/).filter(Boolean).map(csvLine);
}
