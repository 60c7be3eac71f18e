/**
 * The compact header on every view: for MSP the score so far out of 1000 with unanswered controls shown as open,
 * the best reachable score, pass or fail only once decided, the mandatory items open and failed, the section
 * totals and what to fix to pass; for the other checklists progress and readiness. Re-renders on every store
 * snapshot. The details scroll inside a bounded area so the sticky header never covers the view tabs.
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
// scoreView and programNames import nothing at run time: a few hundred bytes in the initial scripts, not the catalog.
import { programName, sectionLabel } from "../../core/programNames";
import { scoreView } from "../../core/scoreView";
import { useSnapshot } from "../hooks";
import { VersionBadge } from "./VersionNotice";
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
  // Bounded: a long list scrolls here instead of growing the sticky header over the tabs.
  details: {
    maxHeight: "40vh",
    overflowY: "auto",
    overflowX: "hidden",
    overscrollBehavior: "contain",
  },
  num: { textAlign: "right" },
});

/** At most six IDs, then how many more. */
function shortList(ids: readonly string[]): string {
  return ids.length > 6
    ? `${ids.slice(0, 6).join(", ")} and ${ids.length - 6} more`
    : ids.join(", ");
}

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
  const view = scoreView(a);
  const fixes = score && score.fixesToPass !== null ? score.fixes.slice(0, score.fixesToPass) : [];
  const verdictBadge: Record<NonNullable<typeof view>["verdict"], React.JSX.Element> = {
    pass: (
      <Badge appearance="filled" color="success">
        Pass
      </Badge>
    ),
    fail: (
      <Badge appearance="filled" color="danger">
        Fail
      </Badge>
    ),
    open: (
      <Badge appearance="tint" color="informative">
        Not decided yet
      </Badge>
    ),
  };

  return (
    <section
      aria-label="Assessment status"
      className={mergeClasses(styles.root, styles.shadow, className)}
    >
      <div className={styles.line} role="status" aria-live="polite">
        <Caption1>{programName(snapshot.checklist)}</Caption1>
        <VersionBadge findings={snapshot.workbookFindings} />
        {view ? (
          <>
            <span
              className={styles.score}
              aria-label={`Score so far ${view.current} of ${view.max}`}
            >
              {view.current} / {view.max}
            </span>
            {verdictBadge[view.verdict]}
            <Caption1>pass mark {view.passMark}</Caption1>
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
      {view && (
        <Caption1>
          Unanswered controls count neither way · best reachable {view.bestReachable}
        </Caption1>
      )}
      {view && view.mandatoryFailed.length > 0 && (
        <Body1>
          Mandatory items not met: <strong>{shortList(view.mandatoryFailed)}</strong>
        </Body1>
      )}
      {view && view.mandatoryOpen.length > 0 && (
        <Caption1>
          Mandatory items still open: <strong>{shortList(view.mandatoryOpen)}</strong>
        </Caption1>
      )}
      <div>
        <Button
          size="small"
          appearance="subtle"
          aria-expanded={open}
          aria-controls={detailsId}
          onClick={() => setOpen((o) => !o)}
        >
          {open
            ? "Hide details"
            : view && view.verdict !== "pass"
              ? "Details and what to fix"
              : "Details"}
        </Button>
      </div>
      {open && (
        <div
          id={detailsId}
          className={styles.details}
          tabIndex={0}
          role="region"
          aria-label="Details"
        >
          {view && <Caption1 as="p">{view.reason}</Caption1>}
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
                      <TableCell>{sectionLabel(s)}</TableCell>
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
