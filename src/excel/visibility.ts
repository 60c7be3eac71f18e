/**
 * Saving the scope: one sync reads the SelfAssess rows, the Summary's labels and the mapped sheets' notes; pure
 * code plans (scopePlan.ts); one sync writes the scope, hides and shows control rows, replaces the status notes,
 * restyles rows whose status changed and updates the Summary. (One more sync when the sheet names are not known.)
 */
import type { Checklist } from "../checklists/schema";
import type { Scope } from "../core/model";
import { workbookScope } from "../core/pipeline/scope";
import { cellText } from "../core/workbook/grid";
import { SUMMARY_SHEET } from "../core/workbook/layout";
import type { Mapping } from "../core/workbook/mapping";
import { SELFASSESS_SHEET } from "../core/workbook/persist";
import { findName, readWithNames, type SheetDirectory } from "./discovery";
import { queueKvRead, queueKvWrite } from "./selfAssessSheet";
import { planScope } from "./scopePlan";
import { styleFormat, type StyleRect } from "./renderPlan";

/** Queues a style over a range, every property set (so a row can go from greyed back to input and back). */
export function queueStyle(worksheet: Excel.Worksheet, rect: StyleRect): void {
  const f = styleFormat(rect.style);
  const format = worksheet.getRange(rect.address).format;
  if (f.fill) format.fill.color = f.fill;
  else format.fill.clear();
  format.font.color = f.fontColor;
  format.font.bold = f.bold;
  format.wrapText = f.wrapText;
  format.verticalAlignment = f.verticalAlignment ?? "Bottom";
}

/** The scope the workbook remembered before this save, read as the pipeline reads it; null when it had none. */
function previousScope(
  checklist: Checklist,
  rows: readonly (readonly [string, unknown])[] | null
): Scope | null {
  if (!rows) return null;
  const grid = {
    sheets: [{ name: SELFASSESS_SHEET, rows: rows.map((r) => [r[0], r[1] as string]) }],
  };
  const remembered = workbookScope(grid, checklist);
  return remembered.source === "workbook" ? remembered.scope : null;
}

export async function saveScopeToWorkbook(
  context: Excel.RequestContext,
  directory: SheetDirectory,
  args: { checklist: Checklist; mapping: Mapping; scope: Scope; today: string }
): Promise<void> {
  const { result, names } = await readWithNames(context, directory, (names) => {
    const kv = queueKvRead(context, names);
    const summaryName = findName(names, SUMMARY_SHEET);
    const labels = summaryName
      ? context.workbook.worksheets.getItem(summaryName).getRange("A4:A5")
      : null;
    labels?.load("values");
    const comments = args.mapping.sheets
      .filter((s) => findName(names, s.sheet) !== null)
      .map((s) => {
        const collection = context.workbook.worksheets.getItem(s.sheet).comments;
        collection.load("items/content");
        return { sheet: s.sheet, collection };
      });
    return () => ({
      kv: kv(),
      summaryName,
      labels: labels
        ? ([cellText(labels.values[0]?.[0]), cellText(labels.values[1]?.[0])] as [string, string])
        : null,
      comments,
    });
  });
  void names;
  const plan = planScope({
    checklist: args.checklist,
    mapping: args.mapping,
    scope: args.scope,
    previousScope: previousScope(args.checklist, result.kv.rows),
    kv: result.kv.rows,
    today: args.today,
    comments: new Map(
      result.comments.map((c) => [c.sheet, c.collection.items.map((i) => i.content)])
    ),
    summaryLabels: result.labels,
  });
  queueKvWrite(context, result.kv, plan.kv);
  for (const sheet of plan.sheets) {
    const loaded = result.comments.find((c) => c.sheet === sheet.sheet);
    if (!loaded) continue;
    const worksheet = context.workbook.worksheets.getItem(sheet.sheet);
    for (const rows of sheet.show) worksheet.getRange(rows).rowHidden = false;
    for (const rows of sheet.hide) worksheet.getRange(rows).rowHidden = true;
    for (const index of sheet.deleteComments) loaded.collection.items[index]?.delete();
    for (const note of sheet.notes)
      worksheet.comments.add(worksheet.getRange(note.address), note.text);
    for (const rect of sheet.restyle) queueStyle(worksheet, rect);
  }
  if (plan.summary && result.summaryName) {
    const range = context.workbook.worksheets.getItem(result.summaryName).getRange("B4:B5");
    range.values = [[plan.summary.scope], [plan.summary.date]];
  }
  await context.sync();
}
