/**
 * "Start from last cycle's workbook…": the user picks last cycle's .xlsx; the pane plans carrying its answers,
 * responses, links and evidence dates into the open workbook by control (the CLI's carry-forward plan), and lists
 * what will be carried, what is kept because this workbook's cell is not empty, the checklist's changes between
 * the versions and the evidence dates too old for the planned submission date. "Carry forward" writes the empty
 * cells in one write; a non-empty cell is only replaced after the user ticks it and confirms in a Dialog. Every
 * carried control is then marked in the sheet as `selfassess carry-forward` marks it ("Carried from <date>:
 * re-confirm" in a "Carried forward" column, and the SelfAssess record), and the pane lists the marks it reads back
 * from the workbook, so they survive a reload; "Re-confirmed" empties the control's mark.
 */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
} from "@fluentui/react-components";
import { parseMet } from "../../core/answers";
import { cellWords } from "../../core/exchange/assessed";
import { agedEvidence, type CarriedField } from "../../core/exchange/carryForward";
import {
  assessedFromLive,
  planLiveCarry,
  type LiveCarryPlan,
  type LiveCarryWrite,
  type LiveView,
} from "../../core/exchange/live";
import type { AnswerEntry, Finding } from "../../core/model";
import { assessEntries } from "../../core/pipeline";
import type { CarriedMarks, MarkRequest, WriteResult } from "../../excel/port";
import { ItemList } from "../components/ItemList";
import { PickWorkbook, splitCellWords, type PickedWorkbook } from "../cycle/PickWorkbook";
import { localToday, useOperation, useSnapshot } from "../hooks";
import type { ViewProps } from "./types";
import { useViewStyles } from "./viewStyles";

const FIELD_WORDS: Record<CarriedField | "naReason" | "reviewerComment", string> = {
  met: "Met?",
  response: "Partner Response",
  links: "Evidence links",
  dates: "Evidence dates",
  naReason: "N/A reason",
  reviewerComment: "Reviewer comment",
};

/** The open workbook's answers with the carried values in place, to find evidence dates now too old. */
function withWrites(
  entries: readonly AnswerEntry[],
  writes: readonly LiveCarryWrite[]
): AnswerEntry[] {
  const byKey = new Map(entries.map((e) => [`${e.part}/${e.id}`, e]));
  for (const w of writes) {
    const entry = byKey.get(w.key);
    if (!entry) continue;
    const answers = entry.answers.map((a, i) => {
      if (i !== w.caseStudy - 1) return a;
      const lines = w.value
        .split("\n")
        .map((s) => s.trim())
        .filter(Boolean);
      if (w.field === "met") return { ...a, met: parseMet(w.value) ?? a.met };
      if (w.field === "links") return { ...a, links: lines };
      if (w.field === "dates") return { ...a, dates: lines };
      return { ...a, [w.field]: w.value };
    });
    byKey.set(w.key, { ...entry, answers });
  }
  return [...byKey.values()];
}

function agedFindings(live: LiveView, planned: LiveCarryPlan): Finding[] {
  if (!live.checklist || !live.assessment) return [];
  const assessed = assessEntries(
    {
      checklist: live.checklist,
      scope: live.assessment.scope,
      entries: withWrites(live.entries, planned.writes),
      mapping: live.mapping,
    },
    { today: localToday() }
  );
  return agedEvidence(planned.plan, assessed.findings);
}

/**
 * The controls to mark, as the port's requests. The first carry marks what the CLI marks: every control last
 * cycle answered whose answer now stands in this workbook (written, or already the same), except one whose writes
 * all failed or whose cell this workbook's own words keep (it is marked once the user replaces them). A later
 * overwrite marks only the controls it wrote, so a mark already re-confirmed stays cleared.
 */
function marksOf(
  planned: LiveCarryPlan,
  attempted: readonly LiveCarryWrite[],
  done: readonly LiveCarryWrite[],
  overwrite: boolean
): MarkRequest[] {
  const wrote = new Set(done.map((w) => w.key));
  const tried = new Set([...attempted, ...planned.conflicts].map((w) => w.key));
  return planned.plan.carried
    .filter((c) => wrote.has(c.key) || (!overwrite && !tried.has(c.key)))
    .map((c) => ({ key: c.key, renamed: c.from, reworded: c.reworded }));
}

const conflictId = (w: LiveCarryWrite): string => `${w.key}|${w.caseStudy}|${w.field}`;

export function CarryForwardView({ assessment: port, reportError }: ViewProps): React.JSX.Element {
  const view = useViewStyles();
  const snapshot = useSnapshot(port);
  // The marks as the workbook holds them: read when the workbook is recognised, then as each operation returns.
  const [carried, setCarried] = React.useState<CarriedMarks | null>(null);
  const ready = snapshot.state === "ready";
  React.useEffect(() => {
    if (!ready) return;
    let live = true;
    port.readCarried().then((marks) => {
      if (live) setCarried(marks);
    }, reportError);
    return () => {
      live = false;
    };
  }, [port, ready, reportError]);
  const [picked, setPicked] = React.useState<PickedWorkbook | null>(null);
  const [chosen, setChosen] = React.useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = React.useState(false);
  const [result, setResult] = React.useState<string | null>(null);
  const { busy, run } = useOperation(reportError);

  // Planned once per pick: after carrying, the snapshot changes and the plan would list nothing left to carry.
  const [planned, setPlanned] = React.useState<LiveCarryPlan | null>(null);
  const [mismatch, setMismatch] = React.useState<string | null>(null);
  const aged = React.useMemo(
    () => (planned ? agedFindings(port.getSnapshot(), planned) : []),
    [planned, port]
  );

  const pick = (p: PickedWorkbook): void => {
    setPicked(p);
    setResult(null);
    setChosen(new Set());
    const current = assessedFromLive(port.getSnapshot(), "This workbook");
    if (!current) {
      setPlanned(null);
      setMismatch(
        "This workbook holds no recognised checklist yet: create the assessment first (Start)."
      );
      return;
    }
    const [a, b] = [p.workbook.check.checklist, current.check.checklist];
    if (a.id !== b.id) {
      setPlanned(null);
      setMismatch(
        `${p.workbook.file} is a ${a.title} and this workbook a ${b.title}: answers are carried between workbooks of one checklist only.`
      );
      return;
    }
    setMismatch(null);
    setPlanned(planLiveCarry(p.workbook, current, port.getSnapshot()));
  };

  const report = (r: WriteResult): string =>
    `${r.written} cell${r.written === 1 ? "" : "s"} written` +
    (r.conflicts.length
      ? `; ${r.conflicts.length} kept because someone typed there meanwhile (${r.conflicts.map((c) => `${c.sheet}!${c.cell}`).join(", ")})`
      : "") +
    (r.unmapped.length ? `; ${r.unmapped.length} have no column in this workbook` : "");

  const carry = async (writes: readonly LiveCarryWrite[], overwrite: boolean): Promise<void> => {
    if (!planned) return;
    const outcome = await run(async () => {
      const r = await port.writeAnswers(
        writes.map(({ key, caseStudy, field, value }) => ({ key, caseStudy, field, value })),
        { overwrite }
      );
      const refused = new Set(r.conflicts.map((c) => `${c.sheet}!${c.cell}`));
      const unmapped = new Set(r.unmapped.map((u) => `${u.key}|${u.caseStudy}|${u.field}`));
      const done = writes.filter((w) => {
        const at = splitCellWords(w.cell);
        return !unmapped.has(conflictId(w)) && !(at && refused.has(`${at.sheet}!${at.cell}`));
      });
      const requests = marksOf(planned, writes, done, overwrite);
      const { file, date, version } = planned.plan.from;
      const marked = requests.length
        ? await port.markCarried({ file, date, version }, requests)
        : null;
      return { r, marked };
    });
    if (!outcome) return;
    const { r, marked } = outcome;
    if (marked) setCarried(marked);
    setResult(
      report(r) +
        (marked?.kept.length
          ? `; ${marked.kept.length} mark${marked.kept.length === 1 ? "" : "s"} not written because someone typed in the “Carried forward” column (${marked.kept.map((k) => `${k.sheet}!${k.cell}`).join(", ")})`
          : "")
    );
  };

  const confirm = async (key: string): Promise<void> => {
    const left = await run(() => port.confirmCarried([key]));
    if (left) setCarried(left);
  };

  const titles = React.useMemo(() => {
    const out = new Map<string, string>();
    for (const s of snapshot.checklist?.sections ?? [])
      for (const c of s.controls) out.set(`${s.part}/${c.id}`, `${c.id} ${c.title}`);
    return out;
  }, [snapshot.checklist]);

  const chosenConflicts = planned?.conflicts.filter((c) => chosen.has(conflictId(c))) ?? [];
  const c = planned?.plan.changes;
  const versionRows = c
    ? [
        ...c.added.map((x) => `New: ${x.id} ${x.title}`),
        ...c.removed.map((x) => `Removed: ${x.id} ${x.title} (its answers are not carried)`),
        ...c.renamed.map((x) => `Renamed: ${x.from} is now ${x.to} ${x.title}`),
        ...c.reworded.map(
          (x) =>
            `Reworded: ${x.id} ${x.title}${x.was !== x.title ? ` (was “${x.was}”)` : ""}: re-read it`
        ),
      ]
    : [];

  return (
    <section className={view.root} aria-label="Start from last cycle's workbook">
      <Body1 as="p">
        Pick last cycle&apos;s workbook to bring its answers, responses, evidence links and dates
        into this one, control by control. The file is read on this computer; nothing is uploaded.
        Cells this workbook already fills are kept unless you choose to replace them.
      </Body1>
      <PickWorkbook
        label="Start from last cycle's workbook…"
        onPicked={pick}
        reportError={reportError}
      />
      {mismatch && (
        <Body1 as="p" role="alert">
          {mismatch}
        </Body1>
      )}
      {planned && picked && (
        <>
          <Caption1>
            From {planned.plan.from.file} ({planned.plan.from.version}, {planned.plan.from.date})
            into this workbook ({planned.plan.to.version})
          </Caption1>
          <ItemList
            title="To carry"
            heading={`To carry (${planned.writes.length} cells)`}
            empty="Nothing to carry into empty cells."
            items={planned.writes.map((w) => ({
              key: conflictId(w),
              text: `${w.id} ${w.title}${w.caseStudy > 1 ? ` (case study ${w.caseStudy})` : ""}: ${FIELD_WORDS[w.field]} “${w.value}”`,
              detail: w.cell,
            }))}
          />
          <div className={view.line}>
            <Button
              appearance="primary"
              disabled={busy || planned.writes.length === 0}
              onClick={() => void carry(planned.writes, false)}
            >
              Carry forward
            </Button>
          </div>
          {result && <Caption1 role="status">{result}</Caption1>}

          <ItemList
            title="Kept: this workbook's cell is not empty"
            empty="None"
            items={planned.conflicts.map((w) => ({
              key: conflictId(w),
              children: (
                <Checkbox
                  checked={chosen.has(conflictId(w))}
                  onChange={(_e, data) => {
                    const next = new Set(chosen);
                    if (data.checked === true) next.add(conflictId(w));
                    else next.delete(conflictId(w));
                    setChosen(next);
                  }}
                  label={`Replace ${w.id} ${FIELD_WORDS[w.field]} at ${w.cell}: “${w.existing}” with last cycle's “${w.value}”`}
                />
              ),
            }))}
          />
          {planned.conflicts.length > 0 && (
            <div className={view.line}>
              <Button
                disabled={busy || chosenConflicts.length === 0}
                onClick={() => setConfirming(true)}
              >
                Overwrite {chosenConflicts.length} cell{chosenConflicts.length === 1 ? "" : "s"}…
              </Button>
            </div>
          )}
          <Dialog open={confirming} modalType="alert">
            <DialogSurface aria-describedby="carry-overwrite-description">
              <DialogBody>
                <DialogTitle>Overwrite these {chosenConflicts.length} cells?</DialogTitle>
                <DialogContent id="carry-overwrite-description">
                  What this workbook holds in {chosenConflicts.map((w) => w.cell).join(", ")} is
                  replaced by last cycle&apos;s answers. Undo in the Form view puts it back.
                </DialogContent>
                <DialogActions>
                  <Button
                    appearance="primary"
                    onClick={() => {
                      setConfirming(false);
                      const list = chosenConflicts;
                      setChosen(new Set());
                      void carry(list, true);
                    }}
                  >
                    Overwrite
                  </Button>
                  <Button onClick={() => setConfirming(false)}>Keep them</Button>
                </DialogActions>
              </DialogBody>
            </DialogSurface>
          </Dialog>

          <ItemList
            title="Checklist changes between the versions"
            empty={`None${planned.plan.from.version === planned.plan.to.version ? " (the same version)" : ""}`}
            items={versionRows.map((text) => ({ key: text, text }))}
          />

          <ItemList
            title="Evidence dates too old for the planned submission date"
            empty="None"
            items={aged.map((f, i) => ({
              key: `${f.control}-${i}`,
              text: `${f.control}${f.caseStudy ? ` (case study ${f.caseStudy})` : ""}: ${f.message}`,
            }))}
          />
        </>
      )}

      <ItemList
        title="Carried, to re-confirm"
        items={(carried?.marks ?? []).map((m) => {
          const id = m.key.slice(m.key.indexOf("/") + 1);
          return {
            key: m.key,
            text: `${titles.get(m.key) ?? id}: Carried from ${m.date}${m.note ? ` (${m.note})` : ""}: re-confirm`,
            detail: `${carried?.from ? `${carried.from.file} · ` : ""}${cellWords(m)}`,
            actions: (
              <>
                <Button
                  size="small"
                  aria-label={`Go to ${id}`}
                  onClick={() => port.selectControl(m.key).catch(reportError)}
                >
                  Go to
                </Button>
                <Button
                  size="small"
                  disabled={busy}
                  aria-label={`Re-confirmed ${id}`}
                  onClick={() => void confirm(m.key)}
                >
                  Re-confirmed
                </Button>
              </>
            ),
          };
        })}
      />
    </section>
  );
}
