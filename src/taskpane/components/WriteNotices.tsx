/**
 * What the write queue (answerQueue.ts) has to say: the conflict Dialog (overwrite the cells a person typed, or
 * keep the sheet's values), the "Saved to the sheet" bar with its undo, and notices about fields the workbook has
 * no column for. Render it once in a view that writes answers.
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
import type { AnswerField } from "../../excel/port";
import type { AnswerWriter } from "../useAnswerWriter";

const useStyles = makeStyles({
  table: { tableLayout: "auto", width: "100%" },
  cell: { wordBreak: "break-word", whiteSpace: "pre-wrap" },
  bars: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

const FIELD_WORDS: Record<AnswerField, string> = {
  met: "Met?",
  naReason: "N/A reason",
  response: "partner response",
  links: "evidence links",
  dates: "evidence dates",
  reviewerComment: "reviewer comment",
};

export interface WriteNoticesProps {
  writer: AnswerWriter;
  /** Show the "Saved" bar only for writes of this control (the Form's open control), not the one before it. */
  control?: string;
}

export function WriteNotices({ writer, control }: WriteNoticesProps): React.JSX.Element {
  const styles = useStyles();
  const { queue, state } = writer;
  const saved =
    state.lastWrite !== null &&
    (control === undefined || state.lastWrite.some((w) => w.key === control));
  return (
    <div className={styles.bars}>
      {state.unmapped.length > 0 && (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            Not written: this workbook has no column for{" "}
            {[...new Set(state.unmapped.map((w) => FIELD_WORDS[w.field]))].join(", ")} (
            {[...new Set(state.unmapped.map((w) => w.key.split("/").pop()))].join(", ")}).
          </MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => queue.dismissUnmapped()}>
              Dismiss
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {saved && (
        <MessageBar intent="success">
          <MessageBarBody>Saved to the sheet.</MessageBarBody>
          <MessageBarActions>
            <Button size="small" onClick={() => void queue.undo()}>
              Undo last write
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      <Dialog open={state.conflict !== null} modalType="alert">
        <DialogSurface aria-describedby="conflict-description">
          <DialogBody>
            <DialogTitle>Overwrite what is in the sheet?</DialogTitle>
            <DialogContent id="conflict-description">
              <p>
                {state.conflict?.conflicts.length === 1 ? "A cell holds" : "These cells hold"}{" "}
                something typed in the sheet that differs from the form.
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
                  {state.conflict?.conflicts.map((c) => (
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
              <Button appearance="primary" onClick={queue.overwrite}>
                Overwrite
              </Button>
              <Button onClick={queue.keep}>Keep the sheet&apos;s values</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
    </div>
  );
}
