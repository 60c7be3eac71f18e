/**
 * Data validations of a worksheet part, both forms Excel writes: the plain `<dataValidations>` and the x14 extension
 * (`<x14:dataValidations>` in `<extLst>`), which Excel uses for a list pointing at another sheet — how a template
 * keeps its Met? words on a hidden sheet. ExcelJS drops the second form when reading; this reads both.
 */
import { attribute, cellText, elements, rootPrefix } from "./xml";

export interface DataValidation {
  /** Space-separated ranges ("C3:C200 E3:E200"). */
  sqref: string;
  type: string;
  /** formula1 as written: `"Yes,No,N/A"` or a reference such as `Lists!$A$1:$A$3`. */
  formula1: string;
  source: "plain" | "x14";
}

function innerText(xml: string, prefix: string, local: string): string | undefined {
  const [span] = elements(xml, prefix, local);
  return span ? cellText(xml.slice(span.openEnd, span.closeStart)) : undefined;
}

export function readValidations(sheetXml: string): DataValidation[] {
  const out: DataValidation[] = [];
  const p = rootPrefix(sheetXml, "worksheet");
  for (const dv of elements(sheetXml, p, "dataValidation")) {
    const body = sheetXml.slice(dv.openEnd, dv.closeStart);
    out.push({
      sqref: attribute(dv.attrs, "sqref") ?? "",
      type: attribute(dv.attrs, "type") ?? "none",
      formula1: innerText(body, p, "formula1") ?? "",
      source: "plain",
    });
  }
  const x14 = /<(\w+):dataValidations\b/.exec(sheetXml)?.[1];
  if (x14) {
    for (const dv of elements(sheetXml, `${x14}:`, "dataValidation")) {
      const body = sheetXml.slice(dv.openEnd, dv.closeStart);
      const f = /<(\w+):f>([\s\S]*?)<\/\1:f>/.exec(
        body.slice(body.indexOf("formula1"), body.indexOf("/formula1") + 1 || undefined)
      );
      const sqref = /<(\w+):sqref>([\s\S]*?)<\/\1:sqref>/.exec(body);
      out.push({
        sqref: sqref ? cellText(sqref[2]) : "",
        type: attribute(dv.attrs, "type") ?? "none",
        formula1: f ? cellText(f[2]) : "",
        source: "x14",
      });
    }
  }
  return out;
}
