import type ExcelJS from "exceljs";
import { layoutToWorkbook } from "../../../../src/cli/xlsx/writeWorkbook";
import type { CellStyle, WorkbookLayout } from "../../../../src/core/workbook/layout";
import { argb, PALETTE, styleFormat } from "../../../../src/core/workbook/palette";
import { planSheet } from "../../../../src/core/workbook/renderPlan";

const STYLES: CellStyle[] = [
  "banner",
  "header",
  "section",
  "text",
  "input",
  "greyed",
  "label",
  "number",
  "percent",
  "date",
  "total",
];

/** One sheet with one cell per style, in column A. */
function layout(): WorkbookLayout {
  return {
    checklist: "msp",
    checklistVersion: "test",
    scope: {} as WorkbookLayout["scope"],
    properties: { title: "", subject: "", keywords: "", description: "" },
    sheets: [
      {
        name: "Styles",
        kind: "summary",
        visibility: "visible",
        widths: [10],
        rows: STYLES.map((style, row) => ({
          row,
          kind: "data" as const,
          cells: [{ col: 0, value: style, style }],
        })),
        merges: [],
        freeze: null,
        validations: [],
      },
    ],
    charts: [],
  };
}

describe("palette", () => {
  it("writes #RRGGBB as ExcelJS's opaque ARGB", () => {
    expect(argb("#d9e1f2")).toBe("FFD9E1F2");
    expect(argb(PALETTE.input)).toBe("FFFFFFF2");
  });

  it("gives the ExcelJS writer and the Office.js plan the same fill and font colour for every style", () => {
    const sheet = layoutToWorkbook(layout()).getWorksheet("Styles") as ExcelJS.Worksheet;
    const plan = planSheet(layout().sheets[0]);
    STYLES.forEach((style, i) => {
      const cell = sheet.findCell(i + 1, 1) as ExcelJS.Cell;
      const look = styleFormat(style);
      const fill = cell.fill as ExcelJS.FillPattern | undefined;
      expect([style, fill?.fgColor?.argb ?? null]).toEqual([
        style,
        look.fill ? argb(look.fill) : null,
      ]);
      expect([style, cell.font?.color?.argb ?? argb(PALETTE.text)]).toEqual([
        style,
        argb(look.fontColor),
      ]);
      // The Office.js writer formats exactly the styles that have a look beyond the number format.
      const styled = plan.styles.some((r) => r.style === style);
      expect([style, styled]).toEqual([
        style,
        look.fill !== null || look.bold || look.wrapText || look.fontColor !== PALETTE.text,
      ]);
    });
  });
});
