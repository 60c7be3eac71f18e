/**
 * The package editor (src/cli/xlsx/package): cells written in place, in order, with text exactly as given; other
 * cells, rows and parts untouched; sheets added and removed with names keeping their scope.
 */
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { openPackage, parseCellRef } from "../../../src/cli/xlsx/package";

async function workbook(): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const one = wb.addWorksheet("One");
  one.getCell("B2").value = "shared text";
  one.getCell("D2").value = 4;
  one.getCell("B5").value = { formula: "D2*2", result: 8 };
  one.getCell("D2").numFmt = "0.00";
  wb.addWorksheet("Two").getCell("A1").value = "two";
  wb.addWorksheet("Three").getCell("A1").value = "three";
  wb.definedNames.add("Three!$A$1", "ThreeCell");
  return Buffer.from((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function part(bytes: Buffer, name: string): Promise<string> {
  return (await JSZip.loadAsync(bytes)).file(name)!.async("string");
}

test("cells are inserted in column order, rows in row order, the dimension grows", async () => {
  const pkg = await openPackage(await workbook());
  pkg.setCells("One", [
    { address: "C2", value: "between" },
    { address: "A2", value: "first" },
    { address: "A1", value: 1 },
    { address: "A3", value: true },
    { address: "F9", value: { formula: "SUM(D2,1)" } },
  ]);
  const bytes = await pkg.save();
  const xml = await part(bytes, "xl/worksheets/sheet1.xml");
  const refs = [...xml.matchAll(/<c r="([A-Z]+\d+)"/g)].map((m) => m[1]);
  expect(refs).toEqual(["A1", "A2", "B2", "C2", "D2", "A3", "B5", "F9"]);
  expect(xml).toMatch(/<dimension ref="A1:F9"\/>/);
  const again = await openPackage(bytes);
  const cells = again.readCells("One");
  expect(cells.get("B2")?.value).toBe("shared text");
  expect(cells.get("D2")?.value).toBe(4);
  expect(cells.get("B5")).toEqual(expect.objectContaining({ formula: "D2*2", value: 8 }));
  expect(cells.get("F9")?.formula).toBe("SUM(D2,1)");
  expect(cells.get("A3")?.value).toBe(true);
  // ExcelJS reads the result the same way.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  expect(wb.getWorksheet("One")?.getCell("C2").value).toBe("between");
});

test("text reads back exactly: markup, CR, control characters, a literal _x0041_", async () => {
  const texts = ['a < b & c > d "q"', "\r=1+1", "tab\there", "bell\u0007", "_x0041_", " padded "];
  const pkg = await openPackage(await workbook());
  pkg.setCells(
    "Two",
    texts.map((value, i) => ({ address: `B${i + 1}`, value }))
  );
  const again = await openPackage(await pkg.save());
  const cells = again.readCells("Two");
  expect(texts.map((_, i) => cells.get(`B${i + 1}`)?.value)).toEqual(texts);
});

test("a written cell keeps its format; formula-like text gets a new quote-prefix format", async () => {
  const pkg = await openPackage(await workbook());
  const before = pkg.readCells("One").get("D2")?.style;
  pkg.setCells("One", [
    { address: "D2", value: 5 },
    { address: "E2", value: "=1+1" },
  ]);
  const bytes = await pkg.save();
  const cells = (await openPackage(bytes)).readCells("One");
  expect(cells.get("D2")?.style).toBe(before);
  const styles = await part(bytes, "xl/styles.xml");
  const xfs = [...styles.slice(styles.indexOf("<cellXfs")).matchAll(/<xf [^>]*>/g)].map(
    (m) => m[0]
  );
  expect(xfs[cells.get("E2")!.style!]).toMatch(/quotePrefix="1"/);
  expect(cells.get("E2")?.value).toBe("=1+1");
  expect(cells.get("E2")?.formula).toBeUndefined();
});

test("removing a sheet keeps sheet-scoped names on their sheet; adding one leaves the others", async () => {
  const bytes = await workbook();
  const zip = await JSZip.loadAsync(bytes);
  let xml = await zip.file("xl/workbook.xml")!.async("string");
  // A name scoped to Three (the third sheet, localSheetId 2).
  xml = xml.replace(
    "</definedNames>",
    '<definedName name="Local" localSheetId="2">0.5</definedName></definedNames>'
  );
  zip.file("xl/workbook.xml", xml);
  const pkg = await openPackage(await zip.generateAsync({ type: "nodebuffer" }));
  pkg.addSheet("Added", "veryHidden", [[{ address: "A1", value: "x" }]]);
  pkg.removeSheet("One");
  const out = await pkg.save();
  const wbXml = await part(out, "xl/workbook.xml");
  expect(wbXml).toMatch(/<definedName name="Local" localSheetId="1">0.5<\/definedName>/);
  const again = await openPackage(out);
  expect(again.sheets().map((s) => [s.name, s.state])).toEqual([
    ["Two", "visible"],
    ["Three", "visible"],
    ["Added", "veryHidden"],
  ]);
  expect(again.sheet("Added")?.part).toBe("xl/worksheets/sheet4.xml");
  expect([...again.readCells("Added")]).toEqual([["A1", { value: "x" }]]);
  expect((await JSZip.loadAsync(out)).file("xl/worksheets/sheet1.xml")).toBeNull();
  expect(await part(out, "[Content_Types].xml")).not.toMatch(/sheet1\.xml/);
});

test("parts not edited keep their bytes", async () => {
  const bytes = await workbook();
  const pkg = await openPackage(bytes);
  pkg.setCells("Two", [{ address: "A2", value: "new" }]);
  const out = await pkg.save();
  const a = await JSZip.loadAsync(bytes);
  const b = await JSZip.loadAsync(out);
  for (const name of Object.keys(a.files).filter((n) => !a.files[n].dir)) {
    if (name === "xl/worksheets/sheet2.xml") continue;
    expect([name, await b.file(name)!.async("string")]).toEqual([
      name,
      await a.file(name)!.async("string"),
    ]);
  }
});

test("addresses are A1 within Excel's limits", () => {
  expect(parseCellRef("XFD1048576")).toEqual({ row: 1048576, col: 16384 });
  for (const bad of ["XFE1", "A1048577", "A0", "1A", "A1:B2", "", "ZZZZ99"])
    expect([bad, parseCellRef(bad)]).toEqual([bad, null]);
});
