/**
 * "Compare with…": the user picks another .xlsx of the same checklist (last cycle's, or an earlier run), the pane
 * checks it with the same pipeline and lists what changed against the open workbook, a section per change kind,
 * with the cell in both files and "Go to" for the open workbook's cell.
 */
import * as React from "react";
import { Body1, Button, Caption1 } from "@fluentui/react-components";
import { diffWorkbooks, MET_WORDS, type WorkbookDiff } from "../../core/exchange/diff";
import { assessedFromLive } from "../../core/exchange/live";
import { ItemList } from "../components/ItemList";
import { PickWorkbook, splitCellWords, type PickedWorkbook } from "../cycle/PickWorkbook";
import { useSnapshot } from "../hooks";
import type { ViewProps } from "./types";
import { useViewStyles } from "./viewStyles";

/** The open workbook's name in the pane's words. */
const OPEN = "This workbook";

interface Row {
  key: string;
  text: string;
  /** The picked file's cell. */
  cellA: string;
  /** The open workbook's cell. */
  cellB: string;
}

const yesNo = (v: boolean | null): string => (v === null ? "-" : v ? "Yes" : "No");
const who = (id: string, title: string, caseStudy: number | null): string =>
  `${id} ${title}${caseStudy ? ` (case study ${caseStudy})` : ""}`;

function sections(d: WorkbookDiff): { title: string; rows: Row[] }[] {
  const { from, to } = d.totals;
  const overall: Row[] = [];
  if (from.score !== null || to.score !== null)
    overall.push({
      key: "score",
      text: `Score ${from.score ?? "-"}/${from.max ?? "-"} → ${to.score ?? "-"}/${to.max ?? "-"}; pass ${yesNo(from.pass)} → ${yesNo(to.pass)}`,
      cellA: "",
      cellB: "",
    });
  overall.push({
    key: "answered",
    text: `Answered ${from.answered}/${from.applicable} → ${to.answered}/${to.applicable}; met ${from.met} → ${to.met}; errors ${from.errors} → ${to.errors}`,
    cellA: "",
    cellB: "",
  });
  for (const c of d.controls)
    overall.push({
      key: `c-${c.id}-${c.cellB}`,
      text: `${c.id} ${c.title}: ${MET_WORDS[c.from]} → ${MET_WORDS[c.to]}${c.pointsFrom !== null || c.pointsTo !== null ? ` (${c.pointsFrom ?? "-"} → ${c.pointsTo ?? "-"} points)` : ""}`,
      cellA: c.cellA,
      cellB: c.cellB,
    });
  const evidence = (list: WorkbookDiff["evidenceAdded"], tag: string): Row[] =>
    list.map((c, i) => ({
      key: `${tag}-${i}`,
      text: `${who(c.id, c.title, c.caseStudy)}: ${c.kind === "link" ? "link" : "date"} ${c.value}`,
      cellA: c.cellA,
      cellB: c.cellB,
    }));
  return [
    { title: "Score and pass", rows: overall },
    {
      title: "Answers changed",
      rows: d.answers.map((c, i) => ({
        key: `a-${i}`,
        text: `${who(c.id, c.title, c.caseStudy)}: ${c.field === "met" ? "Met?" : "Partner Response"} “${c.from}” → “${c.to}”`,
        cellA: c.cellA,
        cellB: c.cellB,
      })),
    },
    { title: "Evidence added", rows: evidence(d.evidenceAdded, "ea") },
    { title: "Evidence removed", rows: evidence(d.evidenceRemoved, "er") },
    {
      title: "Findings fixed",
      rows: d.findingsFixed.map((f, i) => ({
        key: `ff-${i}`,
        text: `${f.id || "Workbook"}${f.caseStudy ? ` (case study ${f.caseStudy})` : ""}: ${f.message}`,
        cellA: f.cell,
        cellB: "",
      })),
    },
    {
      title: "Findings introduced",
      rows: d.findingsIntroduced.map((f, i) => ({
        key: `fi-${i}`,
        text: `${f.id || "Workbook"}${f.caseStudy ? ` (case study ${f.caseStudy})` : ""}: ${f.message}`,
        cellA: "",
        cellB: f.cell,
      })),
    },
    {
      title: "Controls only in the picked file",
      rows: d.onlyInA.map((c) => ({
        key: `oa-${c.id}`,
        text: `${c.id} ${c.title}`,
        cellA: c.cell,
        cellB: "",
      })),
    },
    {
      title: "Controls only in this workbook",
      rows: d.onlyInB.map((c) => ({
        key: `ob-${c.id}`,
        text: `${c.id} ${c.title}`,
        cellA: "",
        cellB: c.cell,
      })),
    },
  ].filter((s) => s.rows.length > 0 || !s.title.startsWith("Controls only"));
}

export function CompareView({ assessment: port, reportError }: ViewProps): React.JSX.Element {
  const view = useViewStyles();
  const snapshot = useSnapshot(port);
  const [picked, setPicked] = React.useState<PickedWorkbook | null>(null);
  const current = React.useMemo(() => assessedFromLive(snapshot, OPEN), [snapshot]);
  const diff = React.useMemo(() => {
    if (!picked || !current) return null;
    if (picked.workbook.check.checklist.id !== current.check.checklist.id) return null;
    return diffWorkbooks(picked.workbook, current);
  }, [picked, current]);

  const other = picked?.workbook.check.checklist;
  return (
    <section className={view.root} aria-label="Compare with another workbook">
      <Body1 as="p">
        Pick another workbook of this checklist (last cycle&apos;s, or an earlier run) to see what
        changed. The file is read on this computer; nothing is uploaded.
      </Body1>
      {!current && <Body1 as="p">This workbook holds no recognised checklist yet.</Body1>}
      <PickWorkbook label="Compare with…" onPicked={setPicked} reportError={reportError} />
      {picked && current && other && other.id !== current.check.checklist.id && (
        <Body1 as="p" role="alert">
          {picked.workbook.file} is a {other.title} and this workbook a{" "}
          {current.check.checklist.title}: only workbooks of one checklist can be compared.
        </Body1>
      )}
      {diff && picked && (
        <>
          <Caption1 role="status">
            {picked.workbook.file} ({diff.a.version}) compared with this workbook ({diff.b.version})
          </Caption1>
          {sections(diff).map((s) => (
            <ItemList
              key={s.title}
              title={s.title}
              empty="None"
              items={s.rows.map((r) => {
                const target = splitCellWords(r.cellB);
                return {
                  key: r.key,
                  text: r.text,
                  detail:
                    r.cellA || r.cellB
                      ? `${picked.workbook.file}: ${r.cellA || "—"} · ${OPEN}: ${r.cellB || "—"}`
                      : undefined,
                  actions: target ? (
                    <Button
                      size="small"
                      aria-label={`Go to ${r.cellB}`}
                      onClick={() => port.goToCell(target.sheet, target.cell).catch(reportError)}
                    >
                      Go to
                    </Button>
                  ) : undefined,
                };
              })}
            />
          ))}
        </>
      )}
    </section>
  );
}
