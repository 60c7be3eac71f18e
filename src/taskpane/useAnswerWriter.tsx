/**
 * Writing answers from the pane: edits are kept as drafts (so typing never waits for Excel), merged per cell and
 * sent through `writeAnswers` after a short pause; cells a person typed differently come back as conflicts and a
 * Dialog asks whether to overwrite them or keep the sheet's values. The last write can be undone.
 */
import * as React from "react";
import {
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { AnswerField, AnswerWrite, AssessmentPort, WriteConflict } from "../excel/port";

export const WRITE_DEBOUNCE_MS = 600;

interface Draft {
  value: string;
  /** Still waiting to be written. */
  pending: boolean;
  /** The snapshot revision when the write finished: later snapshots hold the written value. */
  writtenAt: number;
}

export interface AnswerWriter {
  /**
   * The value to show: the draft while it is newer than the sheet, else `fromSheet`. A null `fromSheet` means the
   * snapshot does not tell (the store published no entries): the draft, once typed, stays what is shown.
   */
  value(key: string, caseStudy: number, field: AnswerField, fromSheet: string | null): string;
  /** Records an edit; written after a pause, or now with `immediate`. */
  set(key: string, caseStudy: number, field: AnswerField, value: string, immediate?: boolean): void;
  flush(): Promise<void>;
  saving: boolean;
  canUndo: boolean;
  undo(): Promise<void>;
  /** The conflict Dialog, the undo bar and notices about unmapped fields: render it once in the view. */
  ui: React.ReactNode;
}

const useStyles = makeStyles({
  table: { tableLayout: "auto", width: "100%" },
  cell: { wordBreak: "break-word", whiteSpace: "pre-wrap" },
  bars: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

const id = (key: string, caseStudy: number, field: AnswerField): string =>
  `${key}|${caseStudy}|${field}`;

const FIELD_WORDS: Record<AnswerField, string> = {
  met: "Met?",
  naReason: "N/A reason",
  response: "partner response",
  links: "evidence links",
  dates: "evidence dates",
  reviewerComment: "reviewer comment",
};

export function useAnswerWriter(
  port: AssessmentPort,
  revision: number,
  reportError: (error: unknown) => void
): AnswerWriter {
  const styles = useStyles();
  const [drafts, setDrafts] = React.useState<ReadonlyMap<string, Draft>>(new Map());
  const pending = React.useRef(new Map<string, AnswerWrite>());
  const timer = React.useRef<ReturnType<typeof setTimeout> | null>(null);
  const chain = React.useRef<Promise<void>>(Promise.resolve());
  const revisionRef = React.useRef(revision);
  revisionRef.current = revision;
  const [inFlight, setInFlight] = React.useState(0);
  const [conflict, setConflict] = React.useState<{
    conflicts: WriteConflict[];
    writes: AnswerWrite[];
  } | null>(null);
  const [unmapped, setUnmapped] = React.useState<AnswerWrite[]>([]);
  const [lastWrite, setLastWrite] = React.useState<AnswerWrite[] | null>(null);

  const markWritten = React.useCallback((writes: readonly AnswerWrite[]) => {
    setDrafts((old) => {
      const next = new Map(old);
      for (const w of writes) {
        const k = id(w.key, w.caseStudy, w.field);
        const d = next.get(k);
        // A newer edit of the same cell stays pending.
        if (d && d.value === w.value && !pending.current.has(k))
          next.set(k, { ...d, pending: false, writtenAt: revisionRef.current });
      }
      return next;
    });
  }, []);

  const dropDrafts = React.useCallback((writes: readonly AnswerWrite[]) => {
    setDrafts((old) => {
      const next = new Map(old);
      for (const w of writes) next.delete(id(w.key, w.caseStudy, w.field));
      return next;
    });
  }, []);

  const send = React.useCallback(
    async (writes: AnswerWrite[], overwrite: boolean): Promise<void> => {
      setInFlight((n) => n + 1);
      try {
        const result = await port.writeAnswers(writes, overwrite ? { overwrite: true } : undefined);
        markWritten(writes);
        if (result.written > 0) setLastWrite(writes);
        if (result.unmapped.length > 0) setUnmapped(result.unmapped);
        if (result.conflicts.length > 0 && !overwrite)
          setConflict({ conflicts: result.conflicts, writes });
      } catch (error) {
        reportError(error);
      } finally {
        setInFlight((n) => n - 1);
      }
    },
    [port, markWritten, reportError]
  );

  const flush = React.useCallback((): Promise<void> => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = null;
    const writes = [...pending.current.values()];
    pending.current.clear();
    if (writes.length === 0) return chain.current;
    chain.current = chain.current.then(() => send(writes, false));
    return chain.current;
  }, [send]);

  const flushRef = React.useRef(flush);
  flushRef.current = flush;
  React.useEffect(() => () => void flushRef.current(), []);

  const set = React.useCallback(
    (key: string, caseStudy: number, field: AnswerField, value: string, immediate = false) => {
      const k = id(key, caseStudy, field);
      pending.current.set(k, { key, caseStudy, field, value });
      setDrafts((old) => new Map(old).set(k, { value, pending: true, writtenAt: Infinity }));
      if (timer.current) clearTimeout(timer.current);
      if (immediate) void flush();
      else timer.current = setTimeout(() => void flush(), WRITE_DEBOUNCE_MS);
    },
    [flush]
  );

  const value = React.useCallback(
    (key: string, caseStudy: number, field: AnswerField, fromSheet: string | null): string => {
      const d = drafts.get(id(key, caseStudy, field));
      if (!d) return fromSheet ?? "";
      if (fromSheet === null || d.pending || revision <= d.writtenAt || d.value === fromSheet)
        return d.value;
      return fromSheet;
    },
    [drafts, revision]
  );

  const undo = React.useCallback(async (): Promise<void> => {
    const writes = lastWrite;
    setInFlight((n) => n + 1);
    try {
      await chain.current;
      await port.undoLastWrite();
      setLastWrite(null);
      if (writes) dropDrafts(writes);
    } catch (error) {
      reportError(error);
    } finally {
      setInFlight((n) => n - 1);
    }
  }, [lastWrite, port, dropDrafts, reportError]);

  const overwrite = (): void => {
    const c = conflict;
    setConflict(null);
    if (c) chain.current = chain.current.then(() => send(c.writes, true));
  };
  const keep = (): void => {
    const c = conflict;
    setConflict(null);
    if (!c) return;
    // The conflicting cells keep what the person typed; the others were written: show the sheet again.
    dropDrafts(c.writes);
  };

  const ui = (
    <div className={styles.bars}>
      {unmapped.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            Not written: this workbook has no column for{" "}
            {[...new Set(unmapped.map((w) => FIELD_WORDS[w.field]))].join(", ")} (
            {[...new Set(unmapped.map((w) => w.key.split("/").pop()))].join(", ")}).
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => setUnmapped([])}>
              Dismiss
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {lastWrite && (
        <MessageBar intent="success">
          <MessageBarBody>Saved to the sheet.</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void undo()}>
              Undo last write
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <Dialog open={conflict !== null} modalType="alert">
        <DialogSurface aria-describedby="conflict-description">
          <DialogBody>
            <DialogTitle>Overwrite what is in the sheet?</DialogTitle>
            <DialogContent id="conflict-description">
              <p>
                {conflict?.conflicts.length === 1 ? "A cell holds" : "These cells hold"} something
                typed in the sheet that differs from the form.
              </p>
              <Table size="small" className={styles.table} aria-label="Conflicting cells">
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell>Cell</TableHeaderCell>
                    <TableHeaderCell>In the sheet</TableHeaderCell>
                    <TableHeaderCell>From the form</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {conflict?.conflicts.map((c) => (
                    <TableRow key={`${c.sheet}!${c.cell}`}>
                      <TableCell className={styles.cell}>
                        {c.sheet}!{c.cell}
                      </TableCell>
                      <TableCell className={styles.cell}>{c.current}</TableCell>
                      <TableCell className={styles.cell}>{c.proposed}</TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </DialogContent>
            <DialogActions>
              <Button appearance="primary" onClick={overwrite}>
                Overwrite
              </Button>
              <Button onClick={keep}>Keep the sheet&apos;s values</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );

  return { value, set, flush, saving: inFlight > 0, canUndo: lastWrite !== null, undo, ui };
}
