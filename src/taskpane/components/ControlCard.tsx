/**
 * One control as a card: ID, title, requirement, the evidence expected, Met? (per case study where the checklist
 * asks per case study, N/A with a reason where allowed), the partner response, evidence links and dates, each
 * checked as typed. Edits go to the answer writer (debounced writes through `writeAnswers`).
 */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Card,
  CardHeader,
  Field,
  Input,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  Radio,
  RadioGroup,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ControlStatus } from "../../core/applicability";
import type { AnswerEntry, CellRef, Finding, Met } from "../../core/model";
import type { AnswerField } from "../../excel/port";
import { MET_TEXT, cellValues, fieldText, joinValues, metFromText, valuesOf } from "../answers";
import {
  checkDate,
  checkLink,
  datePlaceholder,
  dateRulesText,
  readTypedDate,
  type Check,
} from "../evidenceChecks";
import type { AnswerWriter } from "../useAnswerWriter";

const useStyles = makeStyles({
  card: { rowGap: tokens.spacingVerticalM },
  text: { whiteSpace: "pre-wrap", wordBreak: "break-word" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  group: {
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalS,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    borderRadius: tokens.borderRadiusMedium,
    padding: tokens.spacingHorizontalS,
    margin: 0,
    minWidth: 0,
  },
  legend: { fontWeight: tokens.fontWeightSemibold, padding: `0 ${tokens.spacingHorizontalXS}` },
  row: { display: "flex", alignItems: "start", columnGap: tokens.spacingHorizontalXS },
  // A date row wraps its picker and Remove under the text field in a narrow pane.
  dateRow: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "end",
    columnGap: tokens.spacingHorizontalXS,
    rowGap: tokens.spacingVerticalXXS,
  },
  dateActions: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  picker: {
    minHeight: "32px",
    maxWidth: "100%",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase300,
    color: tokens.colorNeutralForeground1,
    backgroundColor: tokens.colorNeutralBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke1}`,
    borderRadius: tokens.borderRadiusMedium,
  },
  remove: { flexShrink: 0 },
  cellLine: { display: "flex", alignItems: "center", columnGap: tokens.spacingHorizontalXS },
  grow: { flexGrow: 1, minWidth: 0 },
  findings: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  radios: { flexWrap: "wrap" },
});

/** A finding's severity as a MessageBar intent: a warning looks like a warning, not an error. */
const INTENT: Record<Finding["severity"], "error" | "warning" | "info"> = {
  error: "error",
  warning: "warning",
  info: "info",
};
const SEVERITY_WORD: Record<Finding["severity"], string> = {
  error: "Error",
  warning: "Warning",
  info: "Note",
};

function validationProps(check: Check): {
  validationState?: "error" | "warning" | "success";
  validationMessage?: string;
} {
  return check.state === "none"
    ? {}
    : { validationState: check.state, validationMessage: check.message };
}

/**
 * The rows a multi-value field shows: the values from the sheet (or the pending draft), plus the blank rows the
 * person added and has not filled yet. When the sheet's values change to something the rows do not hold (a person
 * typed in the grid, an undo), the rows follow the sheet; after the form's own write they stay as they are.
 */
function useValueRows(
  source: readonly string[],
  toCell: (rows: readonly string[]) => string
): [string[], (rows: string[]) => void] {
  const basis = joinValues(source);
  const fresh = (): string[] => (source.length > 0 ? [...source] : [""]);
  const [state, setState] = React.useState(() => ({ rows: fresh(), basis }));
  let rows = state.rows;
  if (state.basis !== basis) {
    // Adjusting state to a changed input during render (React's documented pattern, no effect round-trip).
    rows = toCell(state.rows) === basis ? state.rows : fresh();
    setState({ rows, basis });
  }
  return [rows, (next) => setState((old) => ({ rows: next, basis: old.basis }))];
}

/**
 * The dates cell for the rows shown: readable dates as ISO dates; an unreadable one only when it came from the cell
 * (so a write never loses it), while a newly typed one waits, with its message, until it can be read.
 */
function datesToCell(
  rows: readonly string[],
  cell: readonly string[],
  locale: string | null
): string {
  return joinValues(
    rows
      .map((row) => {
        const typed = row.trim() === "" ? null : readTypedDate(row, locale);
        return typed?.ok ? typed.iso : row;
      })
      .filter(
        (row) => row.trim() !== "" && (readTypedDate(row, locale).ok || cell.includes(row.trim()))
      )
  );
}

/** The cell a field is written to, with a "Go to" that selects it. */
function CellLine({
  cell,
  onGoTo,
}: {
  cell: CellRef | undefined;
  onGoTo: (sheet: string, cell: string) => void;
}): React.JSX.Element | null {
  const styles = useStyles();
  if (!cell) return null;
  return (
    <div className={styles.cellLine}>
      <Caption1>
        Cell {cell.sheet}!{cell.cell}
      </Caption1>
      <Button
        size="small"
        appearance="transparent"
        aria-label={`Go to ${cell.sheet}!${cell.cell}`}
        onClick={() => onGoTo(cell.sheet, cell.cell)}
      >
        Go to
      </Button>
    </div>
  );
}

/** Met of one case study as the sheet holds it. */
function sheetMet(entry: AnswerEntry | undefined, caseStudy: number): Met {
  return entry?.answers[caseStudy - 1]?.met ?? "blank";
}

export interface ControlCardProps {
  status: ControlStatus;
  entry: AnswerEntry | undefined;
  caseStudies: number;
  writer: AnswerWriter;
  findings: readonly Finding[];
  asOf: string;
  today: string;
  plannedSubmissionDate: string | null;
  /** The locale dates are typed in (the workbook's: Office's display language). */
  locale: string | null;
  /** Selects a cell in the workbook (a message's "Go to"). */
  onGoTo: (sheet: string, cell: string) => void;
}

export function ControlCard({
  status,
  entry,
  caseStudies,
  writer,
  findings,
  asOf,
  today,
  plannedSubmissionDate,
  locale,
  onGoTo,
}: ControlCardProps): React.JSX.Element {
  const styles = useStyles();
  const { control, key } = status;
  const count = control.perCaseStudy ? caseStudies : 1;
  const value = (caseStudy: number, field: AnswerField, fromSheet?: string | null): string =>
    writer.value(
      key,
      caseStudy,
      field,
      fromSheet !== undefined ? fromSheet : fieldText(entry?.answers[caseStudy - 1], field)
    );
  const responseLabel =
    control.responseLabel ??
    (control.response === "yes-no-explain" ? "Explanation" : "Partner response");

  // Every link and date of the cell, whichever case study the reader assigned it to: the form writes the whole
  // cell, so it must show the whole cell.
  const linkSource = valuesOf(
    value(1, "links", cellValues(entry, "links", !!control.perCaseStudy))
  );
  const dateSource = valuesOf(
    value(1, "dates", cellValues(entry, "dates", !!control.perCaseStudy))
  );
  const [linkRows, setLinkRows] = useValueRows(linkSource, joinValues);
  const [dateRows, setDateRows] = useValueRows(dateSource, (rows) =>
    datesToCell(rows, dateSource, locale)
  );
  const setLinks = (rows: string[], immediate = false): void => {
    setLinkRows(rows);
    const text = joinValues(rows);
    if (text !== joinValues(linkSource) || immediate) writer.set(key, 1, "links", text, immediate);
  };
  /** Reads every typed date in the locale; writes the readable ones as ISO dates, never dropping the cell's own. */
  /** Records the typed dates: the readable ones are written (as ISO dates) after the usual pause. */
  const editDates = (rows: string[], immediate = false): void => {
    setDateRows(rows);
    const text = datesToCell(rows, dateSource, locale);
    if (text !== joinValues(dateSource)) writer.set(key, 1, "dates", text, immediate);
  };
  /** Leaving a date field: every readable date is shown as the ISO date it was read as. */
  const commitDates = (rows: string[], immediate = false): void =>
    editDates(
      rows.map((row) => {
        const typed = row.trim() === "" ? null : readTypedDate(row, locale);
        return typed?.ok ? typed.iso : row;
      }),
      immediate
    );
  const cells = entry?.cells?.[0] ?? {};
  const placeholder = datePlaceholder(locale);
  const headingId = `control-${key.replace(/[^a-z0-9]+/gi, "-")}`;

  return (
    <Card className={styles.card} aria-labelledby={headingId}>
      <CardHeader
        header={
          <Subtitle2 as="h3" id={headingId}>
            {control.id} {control.title}
          </Subtitle2>
        }
        description={
          <Caption1>
            {status.section.title}
            {control.mandatory ? " · mandatory" : ""}
            {control.points ? ` · +${control.points.met} / ${control.points.notMet}` : ""}
            {status.optional ? " · optional for this segment" : ""}
          </Caption1>
        }
      />
      <Body1 as="p" className={styles.text}>
        {control.requirement}
      </Body1>
      {control.evidence.length > 0 && (
        <div>
          <Body1 as="h4">Evidence expected</Body1>
          <ul className={styles.list} aria-label={`Evidence expected for ${control.id}`}>
            {control.evidence.map((e, i) => (
              <li key={i}>
                <Caption1 className={styles.text}>{e}</Caption1>
              </li>
            ))}
          </ul>
        </div>
      )}
      {status.evidenceWaived && (
        <Caption1>The Well-Architected review waives the evidence for this control.</Caption1>
      )}

      {Array.from({ length: count }, (_, i) => i + 1).map((cs) => {
        const suffix = count > 1 ? ` (case study ${cs})` : "";
        const fromSheet = sheetMet(entry, cs);
        const met = metFromText(
          value(
            cs,
            "met",
            fromSheet === null ? null : fromSheet === "blank" ? "" : MET_TEXT[fromSheet]
          )
        );
        // Every field shows the cell it is written to, as the lists of links and dates do.
        const fieldCells = entry?.cells?.[cs - 1] ?? {};
        const group = (
          <>
            <Field label={`Met?${suffix}`}>
              <RadioGroup
                layout="horizontal"
                className={styles.radios}
                value={met === "blank" ? "" : MET_TEXT[met]}
                onChange={(_ev, data) => writer.set(key, cs, "met", data.value, true)}
              >
                <Radio value="Yes" label="Yes" />
                <Radio value="No" label="No" />
                {(control.naAllowed || met === "na") && <Radio value="N/A" label="N/A" />}
              </RadioGroup>
            </Field>
            <CellLine cell={fieldCells.met} onGoTo={onGoTo} />
            {met === "na" && (
              <Field
                label={`Why it does not apply${suffix}`}
                required
                {...(control.naAllowed
                  ? {}
                  : {
                      validationState: "error" as const,
                      validationMessage: "The checklist does not allow N/A for this control.",
                    })}
              >
                <Textarea
                  resize="vertical"
                  value={value(cs, "naReason")}
                  onChange={(_ev, data) => writer.set(key, cs, "naReason", data.value)}
                />
              </Field>
            )}
            {met === "na" && <CellLine cell={fieldCells.naReason} onGoTo={onGoTo} />}
            <Field label={`${responseLabel}${suffix}`}>
              <Textarea
                resize="vertical"
                value={value(cs, "response")}
                onChange={(_ev, data) => writer.set(key, cs, "response", data.value)}
              />
            </Field>
            <CellLine cell={fieldCells.response} onGoTo={onGoTo} />
          </>
        );
        return count > 1 ? (
          <fieldset key={cs} className={styles.group}>
            <legend className={styles.legend}>Case study {cs}</legend>
            {group}
          </fieldset>
        ) : (
          <React.Fragment key={cs}>{group}</React.Fragment>
        );
      })}

      <fieldset className={styles.group}>
        <legend className={styles.legend}>Evidence links</legend>
        <Caption1>Checked as typed; nothing is opened or downloaded.</Caption1>
        <CellLine cell={cells.links} onGoTo={onGoTo} />
        {linkRows.map((link, i) => (
          <div key={i} className={styles.row}>
            <Field
              className={styles.grow}
              label={`Evidence link ${i + 1}`}
              {...validationProps(
                checkLink(
                  link,
                  control,
                  linkRows.filter((_, j) => j !== i)
                )
              )}
            >
              <Input
                type="url"
                value={link}
                onChange={(_ev, data) =>
                  setLinks(linkRows.map((l, j) => (j === i ? data.value : l)))
                }
              />
            </Field>
            {linkRows.length > 1 || link !== "" ? (
              <Button
                appearance="subtle"
                className={styles.remove}
                aria-label={`Remove evidence link ${i + 1}`}
                onClick={() =>
                  setLinks(
                    linkRows.filter((_, j) => j !== i),
                    true
                  )
                }
              >
                Remove
              </Button>
            ) : null}
          </div>
        ))}
        <div>
          <Button size="small" onClick={() => setLinks([...linkRows, ""])}>
            Add a link
          </Button>
        </div>
      </fieldset>

      <fieldset className={styles.group}>
        <legend className={styles.legend}>Evidence dates</legend>
        <Caption1>
          Today: {today} · Planned submission: {plannedSubmissionDate ?? "not set (today)"}
        </Caption1>
        {dateRulesText(control).map((t) => (
          <Caption1 key={t}>{t}</Caption1>
        ))}
        <CellLine cell={cells.dates} onGoTo={onGoTo} />
        {dateRows.map((date, i) => {
          const typed = date.trim() === "" ? null : readTypedDate(date, locale);
          const check: Check =
            typed === null
              ? { state: "none", message: "" }
              : typed.ok
                ? checkDate(typed.iso, control, asOf, locale)
                : {
                    state: "error",
                    message: `Cannot read "${date}" as a date: ${typed.message}`,
                  };
          const iso = typed?.ok ? typed.iso : "";
          return (
            <div key={i} className={styles.dateRow}>
              <Field
                className={styles.grow}
                label={`Evidence date ${i + 1}`}
                hint={i === 0 ? `Type it (${placeholder}) or pick it.` : undefined}
                {...validationProps(check)}
              >
                <Input
                  value={date}
                  placeholder={placeholder}
                  inputMode="numeric"
                  onChange={(_ev, data) =>
                    editDates(dateRows.map((d, j) => (j === i ? data.value : d)))
                  }
                  onBlur={() => commitDates(dateRows)}
                  onKeyDown={(ev) => {
                    if (ev.key === "Enter") commitDates(dateRows);
                  }}
                />
              </Field>
              <div className={styles.dateActions}>
                <input
                  type="date"
                  className={styles.picker}
                  aria-label={`Pick evidence date ${i + 1}`}
                  value={iso}
                  max={asOf}
                  onChange={(ev) => {
                    if (ev.target.value)
                      commitDates(
                        dateRows.map((d, j) => (j === i ? ev.target.value : d)),
                        true
                      );
                  }}
                />
                {dateRows.length > 1 || date !== "" ? (
                  <Button
                    appearance="subtle"
                    aria-label={`Remove evidence date ${i + 1}`}
                    onClick={() =>
                      commitDates(
                        dateRows.filter((_, j) => j !== i),
                        true
                      )
                    }
                  >
                    Remove
                  </Button>
                ) : null}
              </div>
            </div>
          );
        })}
        <div>
          <Button size="small" onClick={() => setDateRows([...dateRows, ""])}>
            Add a date
          </Button>
        </div>
      </fieldset>

      {findings.length > 0 && (
        <div>
          <Body1 as="h4">What the checks found</Body1>
          <ul className={styles.findings} aria-label={`Findings for ${control.id}`}>
            {findings.map((f, i) => (
              <li key={i}>
                <MessageBar intent={INTENT[f.severity]} layout="multiline">
                  <MessageBarBody>
                    {SEVERITY_WORD[f.severity]}
                    {f.caseStudy ? ` (case study ${f.caseStudy})` : ""}
                    {f.sheet && f.cell ? ` in ${f.sheet}!${f.cell}` : ""}: {f.message}
                  </MessageBarBody>
                  {f.sheet && f.cell ? (
                    <MessageBarActions>
                      <Button
                        size="small"
                        aria-label={`Go to ${f.sheet}!${f.cell}`}
                        onClick={() => onGoTo(f.sheet as string, f.cell as string)}
                      >
                        Go to
                      </Button>
                    </MessageBarActions>
                  ) : null}
                </MessageBar>
              </li>
            ))}
          </ul>
        </div>
      )}
    </Card>
  );
}
