/**
 * `selfassess export --format csv`: one row per control and evidence reference (a control answered once with
 * three links gives three rows; a control answered per customer reference gives a row per reference and link),
 * so a GRC import or a pivot table sees every piece of evidence with its date, its answer and its cell.
 */
import { cellWords, controlViews, dateWords, type AssessedWorkbook } from "./assessed";
import type { CsvValue } from "./csv";

export const EXPORT_COLUMNS = [
  "Checklist",
  "Version",
  "Part",
  "Section",
  "Control",
  "Title",
  "Asked",
  "Met",
  "Customer reference",
  "Met (this reference)",
  "Partner response",
  "Evidence link",
  "Evidence date",
  "Findings",
  "Cell",
] as const;

const MET = { yes: "Yes", no: "No", na: "N/A", blank: "" } as const;

export function exportRows(w: AssessedWorkbook): CsvValue[][] {
  const { checklist } = w.check;
  const rows: CsvValue[][] = [[...EXPORT_COLUMNS]];
  for (const view of controlViews(w.check)) {
    const base = [
      checklist.title,
      checklist.version,
      view.part === "prerequisites" ? "Prerequisites" : "Requirements",
      view.sectionTitle,
      view.id,
      view.title,
      view.state === "applies" ? "Yes" : `No: ${view.reason ?? "not asked for this scope"}`,
      MET[view.met],
    ];
    const perCase = view.answers.length > 1;
    const answers = view.answers.length ? view.answers : [null];
    answers.forEach((answer, i) => {
      const findings = view.findings
        .filter((f) => !perCase || !f.caseStudy || f.caseStudy === i + 1)
        .map((f) => `${f.severity}: ${f.message}`)
        .join("\n");
      const links = answer?.links ?? [];
      const dates = (answer?.dates ?? []).map((d) => dateWords(d, w.dates));
      const n = Math.max(1, links.length, dates.length);
      for (let j = 0; j < n; j++) {
        rows.push([
          ...base,
          perCase ? i + 1 : null,
          perCase && answer ? MET[answer.met] : null,
          answer?.response ?? "",
          links[j] ?? "",
          dates[j] ?? "",
          findings,
          cellWords(view.cells[i]?.met ?? view.cells[i]?.id),
        ]);
      }
    });
  }
  return rows;
}
