/**
 * The Start view's content (a separate chunk; StartView.tsx renders it): what the add-in recognised in the open workbook (checklist, confidence, sheets, the column roles, with a
 * way to correct a column's role), or, when nothing is recognised, "Create an assessment" with the checklist's
 * scope questions.
 */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Select,
  Spinner,
  Subtitle2,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { CATALOG } from "../../checklists";
import { CHECKLIST_IDS, type ChecklistId } from "../../checklists/schema";
import { checklistLabel } from "../../core/labels";
import type { Scope } from "../../core/model";
import { defaultScope } from "../../core/scope";
import { columnLetters } from "../../core/workbook/grid";
import { COLUMN_ROLES, type ColumnRole, type Mapping } from "../../core/workbook/mapping";
import { AmbiguousColumns } from "../components/AmbiguousColumns";
import { ScopeQuestions } from "../components/ScopeQuestions";
import { VersionNotice } from "../components/VersionNotice";
import { useDelayedFlag, useOperation, useSnapshot } from "../hooks";
import type { ViewProps } from "./types";
import { useViewStyles } from "./viewStyles";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  table: { width: "100%" },
});

export const ROLE_LABELS: Record<ColumnRole, string> = {
  id: "Control ID",
  requirement: "Requirement",
  met: "Met?",
  response: "Partner response",
  evidenceLinks: "Evidence links",
  evidenceDates: "Evidence dates",
  reviewerComment: "Reviewer comment",
  pointsNotMet: "Points if not met",
  pointsMet: "Points if met",
};

function isChecklistId(value: string): value is ChecklistId {
  return (CHECKLIST_IDS as readonly string[]).includes(value);
}

/** Sets `role` of one sheet to `column` (null = none); a column plays one role, so its old role is cleared. */
export function withRole(
  mapping: Mapping,
  sheetIndex: number,
  role: ColumnRole,
  column: number | null
): Mapping {
  return {
    ...mapping,
    sheets: mapping.sheets.map((sheet, i) => {
      if (i !== sheetIndex) return sheet;
      const columns = { ...sheet.columns };
      if (column !== null) {
        for (const other of COLUMN_ROLES) {
          if (other !== role && other !== "id" && columns[other] === column) columns[other] = null;
        }
      }
      if (role === "id") {
        if (column !== null) columns.id = column;
      } else columns[role] = column;
      return { ...sheet, columns };
    }),
  };
}

function MappingEditor({
  mapping,
  onSave,
  busy,
}: {
  mapping: Mapping;
  onSave: (mapping: Mapping) => void;
  busy: boolean;
}): React.JSX.Element {
  const styles = useStyles();
  const view = useViewStyles();
  const [draft, setDraft] = React.useState(mapping);
  React.useEffect(() => setDraft(mapping), [mapping]);
  const changed = JSON.stringify(draft) !== JSON.stringify(mapping);
  return (
    <>
      {draft.sheets.map((sheet, sheetIndex) => {
        const used = COLUMN_ROLES.map((r) => sheet.columns[r] ?? 0);
        const width = Math.max(10, ...used.map((c) => c + 3));
        return (
          <Table
            key={sheet.sheet}
            size="small"
            className={styles.table}
            aria-label={`Column roles in ${sheet.sheet}`}
          >
            <TableHeader>
              <TableRow>
                <TableHeaderCell>Role</TableHeaderCell>
                <TableHeaderCell>Column in {sheet.sheet}</TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {COLUMN_ROLES.map((role) => {
                const col = sheet.columns[role];
                return (
                  <TableRow key={role}>
                    <TableCell>{ROLE_LABELS[role]}</TableCell>
                    <TableCell>
                      <Select
                        size="small"
                        aria-label={`${ROLE_LABELS[role]} column in ${sheet.sheet}`}
                        value={col === null ? "" : String(col)}
                        onChange={(_ev, data) =>
                          setDraft(
                            withRole(
                              draft,
                              sheetIndex,
                              role,
                              data.value === "" ? null : Number(data.value)
                            )
                          )
                        }
                      >
                        {role !== "id" && <option value="">None</option>}
                        {Array.from({ length: width }, (_, c) => (
                          <option key={c} value={String(c)}>
                            {columnLetters(c)}
                          </option>
                        ))}
                      </Select>
                    </TableCell>
                  </TableRow>
                );
              })}
            </TableBody>
          </Table>
        );
      })}
      <div className={view.line}>
        <Button appearance="primary" disabled={!changed || busy} onClick={() => onSave(draft)}>
          Save column roles
        </Button>
        <Button disabled={!changed || busy} onClick={() => setDraft(mapping)}>
          Reset
        </Button>
      </div>
    </>
  );
}

function CreateAssessment({ assessment: port, reportError }: ViewProps): React.JSX.Element {
  const view = useViewStyles();
  const [checklistId, setChecklistId] = React.useState<ChecklistId>("msp");
  const [scope, setScope] = React.useState<Scope>(() => defaultScope("msp"));
  const { busy, run } = useOperation(reportError);
  const slow = useDelayedFlag(busy);
  const checklist = CATALOG[checklistId];
  return (
    <section className={view.root} aria-label="Create an assessment">
      <Subtitle2 as="h2">Create an assessment</Subtitle2>
      <Body1 as="p">
        No self-assessment was recognised in this workbook. Pick the program checklist and answer
        its scope questions; the add-in adds the checklist&apos;s sheets with only the controls that
        apply.
      </Body1>
      <Field label="Program checklist">
        <Select
          value={checklistId}
          disabled={busy}
          onChange={(_ev, data) => {
            if (!isChecklistId(data.value)) return;
            setChecklistId(data.value);
            setScope(defaultScope(data.value));
          }}
        >
          {CHECKLIST_IDS.map((id) => (
            <option key={id} value={id}>
              {checklistLabel(CATALOG[id])}
            </option>
          ))}
        </Select>
      </Field>
      <ScopeQuestions checklist={checklist} scope={scope} onChange={setScope} disabled={busy} />
      <div className={view.line}>
        <Button
          appearance="primary"
          disabled={busy}
          onClick={() => void run(() => port.createAssessment(checklistId, scope))}
        >
          Create assessment
        </Button>
        {slow && <Spinner size="tiny" label="Adding the sheets…" />}
      </div>
    </section>
  );
}

/** First view: the recognised workbook, or a way to create an assessment in it. */
export function StartDetails(props: ViewProps): React.JSX.Element {
  const { assessment: port, reportError } = props;
  const styles = useStyles();
  const view = useViewStyles();
  const snapshot = useSnapshot(port);
  const { busy, run } = useOperation(reportError);
  const slow = useDelayedFlag(busy);
  // Roles guessed from IDs and titles are worth a look; a workbook the add-in made itself rarely needs one.
  const guessed = snapshot.mapping?.recognisedBy === "ids-and-title";
  const [showRoles, setShowRoles] = React.useState<boolean | null>(null);
  const rolesShown = showRoles ?? guessed;
  const rolesId = React.useId();

  if (snapshot.state === "loading") {
    return (
      <section className={view.root} aria-label="Start">
        <Spinner size="small" label="Reading the workbook…" />
      </section>
    );
  }
  if (snapshot.state === "failed") {
    return (
      <section className={view.root} aria-label="Start">
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>{snapshot.reason ?? "Could not read the workbook."}</MessageBarBody>
          <MessageBarActions>
            <Button size="small" disabled={busy} onClick={() => void run(() => port.refresh())}>
              Try again
            </Button>
          </MessageBarActions>
        </MessageBar>
      </section>
    );
  }
  const { checklist, mapping } = snapshot;
  if (snapshot.state === "unmapped" || !checklist || !mapping) {
    return (
      <section className={view.root} aria-label="Start">
        {snapshot.reason && (
          <Caption1 as="p">Why nothing was recognised: {snapshot.reason}</Caption1>
        )}
        <CreateAssessment {...props} />
      </section>
    );
  }

  return (
    <section className={view.root} aria-label="Start">
      <Subtitle2 as="h2">Recognised workbook</Subtitle2>
      <Body1 as="p">
        <strong>{checklist.title}</strong>, version {checklist.version} ({checklist.published})
      </Body1>
      <Caption1 as="p">
        Confidence {Math.round(mapping.confidence * 100)}% ·{" "}
        {mapping.recognisedBy === "selfassess-sheet"
          ? "from the add-in's own sheet"
          : "from the control IDs and the title"}
        {mapping.checklistVersion && mapping.checklistVersion !== checklist.version
          ? ` · the workbook was made for version ${mapping.checklistVersion}`
          : ""}
      </Caption1>
      <VersionNotice findings={snapshot.workbookFindings} />
      <ul className={styles.list} aria-label="Sheets">
        {mapping.sheets.map((s) => (
          <li key={s.sheet}>
            <Body1>
              {s.sheet}: {Object.keys(s.controls).length}{" "}
              {Object.keys(s.controls).length === 1 ? "control" : "controls"}, header on row{" "}
              {s.headerRow + 1}
              {s.columns.caseStudies.length > 0
                ? `, ${s.columns.caseStudies.length} case study columns`
                : ""}
            </Body1>
          </li>
        ))}
      </ul>
      <Body1 as="p">
        Next: check the scope questions on the Scope tab, then fill the controls on the Form tab.
      </Body1>
      <AmbiguousColumns
        mapping={mapping}
        busy={busy}
        onSave={(next) => void run(() => port.saveMapping(next))}
      />
      <Subtitle2 as="h2">Column roles</Subtitle2>
      <Caption1 as="p">If a column was read as the wrong thing, correct it here.</Caption1>
      <div>
        <Button
          size="small"
          aria-expanded={rolesShown}
          aria-controls={rolesId}
          onClick={() => setShowRoles(!rolesShown)}
        >
          {rolesShown ? "Hide column roles" : "Show column roles"}
        </Button>
      </div>
      {rolesShown && (
        <div id={rolesId} className={view.root}>
          <MappingEditor
            mapping={mapping}
            busy={busy}
            onSave={(next) => void run(() => port.saveMapping(next))}
          />
        </div>
      )}
      {slow && <Spinner size="tiny" label="Saving…" />}
    </section>
  );
}
