/**
 * The compact header on every view: for MSP the score out of 1000, pass or fail, the mandatory items failed, the
 * section totals and what to fix to pass; for the other checklists progress and readiness. Re-renders on every
 * store snapshot.
 */
import * as React from "react";
import {
  Badge,
  Body1,
  Button,
  Caption1,
  ProgressBar,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { AssessmentPort } from "../../excel/port";
import { useSnapshot } from "../hooks";
import { FinalizeStaleBar } from "./FinalizeStaleBar";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalS,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground2,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  line: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
  },
  // Sticky over scrolling content: a solid background and a shadow to separate it.
  shadow: { boxShadow: tokens.shadow4 },
  score: { fontSize: tokens.fontSizeBase500, fontWeight: tokens.fontWeightSemibold },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  table: { width: "100%" },
  num: { textAlign: "right" },
});

export interface LiveStateProps {
  assessment: AssessmentPort;
  className?: string;
}

export function LiveState({ assessment: port, className }: LiveStateProps): React.JSX.Element {
  const styles = useStyles();
  const snapshot = useSnapshot(port);
  const [open, setOpen] = React.useState(false);
  const detailsId = React.useId();
  const a = snapshot.assessment;

  if (!a || !snapshot.checklist) {
    return (
      <section
        aria-label="Assessment status"
        aria-live="polite"
        className={mergeClasses(styles.root, className)}
      >
        {snapshot.state === "loading" ? (
          <Spinner size="tiny" label="Reading the workbook…" />
        ) : (
          <Caption1>
            {snapshot.state === "unmapped"
              ? "No assessment recognised in this workbook yet."
              : (snapshot.reason ?? "No assessment.")}
          </Caption1>
        )}
      </section>
    );
  }

  // The pipeline's readiness counts every finding: the workbook's (unreadable cells) as well as the engine's.
  const ready = snapshot.readiness?.ready === true;
  const errors = snapshot.readiness?.errors.length ?? 0;
  const { answered, applicable } = a.overall;
  const score = a.score;
  const fixes = score && score.fixesToPass !== null ? score.fixes.slice(0, score.fixesToPass) : [];

  return (
    <section
      aria-label="Assessment status"
      className={mergeClasses(styles.root, styles.shadow, className)}
    >
      <div className={styles.line} role="status" aria-live="polite">
        <Caption1>{snapshot.checklist.program}</Caption1>
        {score ? (
          <>
            <span className={styles.score}>
              {score.total} / {score.max}
            </span>
            <Badge appearance="filled" color={score.pass ? "success" : "danger"}>
              {score.pass ? "Pass" : "Fail"}
            </Badge>
            <Caption1>pass mark {score.passMark}</Caption1>
          </>
        ) : (
          <Badge appearance="filled" color={ready ? "success" : "warning"}>
            {ready ? "Ready to submit" : "Not ready"}
          </Badge>
        )}
      </div>
      <FinalizeStaleBar port={port} snapshot={snapshot} />
      <ProgressBar
        value={applicable === 0 ? 1 : answered / applicable}
        thickness="medium"
        aria-label={`Answered ${answered} of ${applicable} applicable controls`}
      />
      <div className={styles.line}>
        <Caption1>
          {answered} of {applicable} answered · {a.unanswered.length} open · {errors}{" "}
          {errors === 1 ? "error" : "errors"}
        </Caption1>
      </div>
      {score && score.mandatoryFailed.length > 0 && (
        <Body1>
          Mandatory items not met: <strong>{score.mandatoryFailed.slice(0, 6).join(", ")}</strong>
          {score.mandatoryFailed.length > 6 ? ` and ${score.mandatoryFailed.length - 6} more` : ""}
        </Body1>
      )}
      <div>
        <Button
          size="small"
          appearance="subtle"
          aria-expanded={open}
          aria-controls={detailsId}
          onClick={() => setOpen((o) => !o)}
        >
          {open ? "Hide details" : score && !score.pass ? "Details and what to fix" : "Details"}
        </Button>
      </div>
      {open && (
        <div id={detailsId}>
          {score && fixes.length > 0 && (
            <>
              <Body1 as="h3">What to fix to pass</Body1>
              <ol className={styles.list} aria-label="What to fix to pass">
                {fixes.map((f) => (
                  <li key={f.key}>
                    <Caption1>
                      {f.id} {f.title}: +{f.recovered}
                      {f.mandatory ? " (mandatory)" : ""} → {f.scoreAfter}
                    </Caption1>
                  </li>
                ))}
              </ol>
            </>
          )}
          {score && !score.pass && score.fixesToPass === null && (
            <Caption1>Fixing every unmet control is not enough to reach {score.passMark}.</Caption1>
          )}
          <Table size="extra-small" className={styles.table} aria-label="Section totals">
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Section</TableHeaderCell>
                <TableHeaderCell className={styles.num}>
                  {score ? "Points" : "Answered"}
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {score
                ? score.sections.map((s) => (
                    <TableRow key={s.id}>
                      <TableCell>
                        {s.id} {s.title}
                      </TableCell>
                      <TableCell className={styles.num}>
                        {s.total} / {s.max}
                      </TableCell>
                    </TableRow>
                  ))
                : a.sections
                    .filter((s) => s.applicable > 0)
                    .map((s) => (
                      <TableRow key={`${s.part}/${s.id}`}>
                        <TableCell>{s.title}</TableCell>
                        <TableCell className={styles.num}>
                          {s.answered} / {s.applicable}
                        </TableCell>
                      </TableRow>
                    ))}
            </TableBody>
          </Table>
        </div>
      )}
    </section>
  );
}
