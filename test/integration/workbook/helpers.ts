/** Shared helpers for the workbook integration tests: create, fill with ExcelJS, run the CLI in-process. */
import ExcelJS from "exceljs";
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CATALOG } from "../../../src/checklists";
import type { ChecklistId } from "../../../src/checklists/schema";
import type { CliIo } from "../../../src/cli/command";
import { main } from "../../../src/cli/main";
import { readGrid } from "../../../src/xlsx/readGrid";
import type { Mapping } from "../../../src/core/workbook/mapping";
import { recognise } from "../../../src/core/workbook/recognise";
import { CHECKLISTS } from "../../../src/checklists";

export function tempDir(prefix = "selfassess-wb-"): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

export async function run(
  argv: string[],
  cwd: string
): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const io: CliIo = { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t), cwd };
  const code = await main(argv, io);
  return { code, stdout, stderr };
}

/** A deterministic pseudo-random sequence (mulberry32). */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export async function mappingOf(bytes: Buffer): Promise<Mapping> {
  const result = recognise(await readGrid(bytes), CHECKLISTS);
  if (!result.ok) throw new Error(result.reason);
  return result.mapping;
}

/**
 * Fills every visible control's Met cell(s) with Yes or No (mostly Yes) using ExcelJS, as a partner would in Excel;
 * returns the new bytes. `choose` picks the value per (key, case study).
 */
export async function fill(
  bytes: Buffer,
  choose: (key: string, caseStudy: number) => string | null
): Promise<Buffer> {
  const mapping = await mappingOf(bytes);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  for (const sheetMap of mapping.sheets) {
    const sheet = workbook.getWorksheet(sheetMap.sheet);
    if (!sheet) throw new Error(`no sheet ${sheetMap.sheet}`);
    for (const [key, row] of Object.entries(sheetMap.controls)) {
      const groups = sheetMap.columns.caseStudies;
      const cols = groups.length ? groups.map((g) => g.met) : [sheetMap.columns.met ?? 2];
      cols.forEach((col, i) => {
        const value = choose(key, i + 1);
        if (value !== null) sheet.getCell(row + 1, col + 1).value = value;
      });
    }
  }
  return Buffer.from((await workbook.xlsx.writeBuffer()) as ArrayBuffer);
}

export function checklistIds(): ChecklistId[] {
  return Object.keys(CATALOG) as ChecklistId[];
}
