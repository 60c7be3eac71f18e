/**
 * "Start from last cycle's workbook…": the user picks last cycle's .xlsx; the pane plans carrying its answers,
 * responses, links and evidence dates into the open workbook by control (the CLI's carry-forward plan), and lists
 * what will be carried, what is kept because this workbook's cell is not empty, the checklist's changes between
 * the versions and the evidence dates too old for the planned submission date. "Carry forward" writes the empty
 * cells in one write; a non-empty cell is only replaced after the user ticks it and confirms in a Dialog. Every
 * carried control is then listed as "Carried from <date>: re-confirm" until a person confirms it.
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
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { parseMet } from "../../core/answers";
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
import type { WriteResult } from "../../excel/port";
import { carriedState, type CarriedMark } from "../cycle/carriedState";
import { PickWorkbook, splitCellWords, type PickedWorkbook } from "../cycle/PickWorkbook";
import { localToday, useOperation } from "../hooks";
import type { ViewProps } from "./types";
import { useViewStyles } from "./viewStyles";

const useStyles = makeStyles({
  list: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
  },
  item: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXXS,
    paddingLeft: tokens.spacingHorizontalS,
    borderLeft: `${tokens.strokeWidthThick} solid ${tokens.colorNeutralStroke1}`,
    wordBreak: "break-word",
  },
});

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

function marksOf(planned: LiveCarryPlan, writes: readonly LiveCarryWrite[]): CarriedMark[] {
  const seen = new Map<string, CarriedMark>();
  for (const w of writes)
    if (!seen.has(w.key))
      seen.set(w.key, {
        key: w.key,
        id: w.id,
        title: w.title,
        date: planned.plan.from.date,
        file: planned.plan.from.file,
      });
  return [...seen.values()];
}

const conflictId = (w: LiveCarryWrite): string => `${w.key}|${w.caseStudy}|${w.field}`;

export function CarryForwardView({ assessment: port, reportError }: ViewProps): React.JSX.Element {
  const styles = useStyles();
  const view = useViewStyles();
  const marks = React.useSyncExternalStore(
    carriedState.subscribe,
    carriedState.get,
    carriedState.get
  );
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
    const r = await run(() =>
      port.writeAnswers(
        writes.map(({ key, caseStudy, field, value }) => ({ key, caseStudy, field, value })),
        { overwrite }
      )
    );
    if (!r) return;
    const refused = new Set(r.conflicts.map((c) => `${c.sheet}!${c.cell}`));
    const unmapped = new Set(r.unmapped.map((u) => `${u.key}|${u.caseStudy}|${u.field}`));
    const done = writes.filter((w) => {
      const at = splitCellWords(w.cell);
      return !unmapped.has(conflictId(w)) && !(at && refused.has(`${at.sheet}!${at.cell}`));
    });
    carriedState.add(marksOf(planned, done));
    setResult(report(r));
  };

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
          <Subtitle2 as="h2">To carry ({planned.writes.length} cells)</Subtitle2>
          {planned.writes.length === 0 ? (
            <Caption1>Nothing to carry into empty cells.</Caption1>
          ) : (
            <ul className={styles.list} aria-label="To carry">
              {planned.writes.map((w) => (
                <li key={conflictId(w)} className={styles.item}>
                  <Body1>
                    {w.id} {w.title}
                    {w.caseStudy > 1 ? ` (case study ${w.caseStudy})` : ""}: {FIELD_WORDS[w.field]}{" "}
                    “{w.value}”
                  </Body1>
                  <Caption1>{w.cell}</Caption1>
                </li>
              ))}
            </ul>
          )}
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

          <Subtitle2 as="h2">
            Kept: this workbook&apos;s cell is not empty ({planned.conflicts.length})
          </Subtitle2>
          {planned.conflicts.length === 0 ? (
            <Caption1>None</Caption1>
          ) : (
            <>
              <ul className={styles.list} aria-label="Kept: this workbook's cell is not empty">
                {planned.conflicts.map((w) => (
                  <li key={conflictId(w)} className={styles.item}>
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
                  </li>
                ))}
              </ul>
              <div className={view.line}>
                <Button
                  disabled={busy || chosenConflicts.length === 0}
                  onClick={() => setConfirming(true)}
                >
                  Overwrite {chosenConflicts.length} cell{chosenConflicts.length === 1 ? "" : "s"}…
                </Button>
              </div>
            </>
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

          <Subtitle2 as="h2">
            Checklist changes between the versions ({versionRows.length})
          </Subtitle2>
          {versionRows.length === 0 ? (
            <Caption1>
              None
              {planned.plan.from.version === planned.plan.to.version ? " (the same version)" : ""}
            </Caption1>
          ) : (
            <ul className={styles.list} aria-label="Checklist changes between the versions">
              {versionRows.map((text) => (
                <li key={text} className={styles.item}>
                  <Body1>{text}</Body1>
                </li>
              ))}
            </ul>
          )}

          <Subtitle2 as="h2">
            Evidence dates too old for the planned submission date ({aged.length})
          </Subtitle2>
          {aged.length === 0 ? (
            <Caption1>None</Caption1>
          ) : (
            <ul
              className={styles.list}
              aria-label="Evidence dates too old for the planned submission date"
            >
              {aged.map((f, i) => (
                <li key={`${f.control}-${i}`} className={styles.item}>
                  <Body1>
                    {f.control}
                    {f.caseStudy ? ` (case study ${f.caseStudy})` : ""}: {f.message}
                  </Body1>
                </li>
              ))}
            </ul>
          )}
        </>
      )}

      {marks.length > 0 && (
        <>
          <Subtitle2 as="h2">Carried, to re-confirm ({marks.length})</Subtitle2>
          <ul className={styles.list} aria-label="Carried, to re-confirm">
            {marks.map((m) => (
              <li key={m.key} className={styles.item}>
                <Body1>
                  {m.id} {m.title}: Carried from {m.date}: re-confirm
                </Body1>
                <div className={view.line}>
                  <Button
                    size="small"
                    aria-label={`Go to ${m.id}`}
                    onClick={() => port.selectControl(m.key).catch(reportError)}
                  >
                    Go to
                  </Button>
                  <Button
                    size="small"
                    aria-label={`Re-confirmed ${m.id}`}
                    onClick={() => carriedState.confirm(m.key)}
                  >
                    Re-confirmed
                  </Button>
                </div>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
