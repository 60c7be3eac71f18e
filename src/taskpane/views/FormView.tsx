/**
 * Form: the applicable controls section by section, with progress; one card for the open control; previous,
 * next and next unanswered. Selecting a row in the sheet opens its control; opening a control selects its row.
 */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  ProgressBar,
  Select,
  Spinner,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { entriesByKey } from "../answers";
import { ControlCard } from "../components/ControlCard";
import { localToday, useDelayedFlag, useSnapshot } from "../hooks";
import { WriteNotices } from "../components/WriteNotices";
import { officeLocale } from "../../excel/locale";
import { useAnswerWriter } from "../useAnswerWriter";
import type { ViewProps } from "./types";
import { useViewStyles } from "./viewStyles";

const useStyles = makeStyles({
  sections: {
    listStyleType: "none",
    margin: 0,
    padding: 0,
    display: "flex",
    flexDirection: "column",
    rowGap: tokens.spacingVerticalXS,
  },
  current: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalXXS },
  sectionButton: {
    width: "100%",
    justifyContent: "space-between",
    textAlign: "start",
    fontWeight: tokens.fontWeightRegular,
    minWidth: 0,
  },
  sectionLabel: { overflow: "hidden", textOverflow: "ellipsis", whiteSpace: "nowrap" },
  // A native select is as wide as its longest option: keep it (and the field) inside a 320 px pane.
  fit: { width: "100%", minWidth: 0, maxWidth: "100%" },
  nav: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
    alignItems: "center",
  },
});

/** The locale people type dates in: Office's display language, else the browser's. */
function typingLocale(): string | null {
  return officeLocale() ?? (typeof navigator !== "undefined" ? navigator.language || null : null);
}

export function FormView({
  assessment: port,
  reportError,
  selectedControl,
}: ViewProps): React.JSX.Element {
  const styles = useStyles();
  const view = useViewStyles();
  const snapshot = useSnapshot(port);
  const writer = useAnswerWriter(port, snapshot.revision, reportError);
  const slow = useDelayedFlag(writer.saving);
  const a = snapshot.assessment;
  const applicable = React.useMemo(
    () => (a ? a.statuses.filter((s) => s.state === "applies") : []),
    [a]
  );
  const outcomes = React.useMemo(() => new Map(a?.controls.map((c) => [c.key, c]) ?? []), [a]);
  const entries = React.useMemo(() => entriesByKey(snapshot.entries), [snapshot]);
  // Opens on the control selected in the grid before the Form was opened (the shell remembers it).
  const [current, setCurrent] = React.useState<string | null>(selectedControl ?? null);
  const locale = React.useMemo(typingLocale, []);
  const [showSections, setShowSections] = React.useState(false);
  const sectionsId = React.useId();
  const currentKey =
    current && applicable.some((s) => s.key === current) ? current : (applicable[0]?.key ?? null);

  // The sheet's selection opens the control of its row.
  const keys = React.useRef(new Set<string>());
  keys.current = new Set(applicable.map((s) => s.key));
  React.useEffect(
    () =>
      port.onControlSelected((key) => {
        if (key && keys.current.has(key)) setCurrent(key);
      }),
    [port]
  );

  const open = (key: string | undefined): void => {
    if (!key) return;
    setCurrent(key);
    port.selectControl(key).catch(reportError);
  };

  if (!a || !snapshot.checklist) {
    return (
      <section className={view.root} aria-label="Form">
        <Body1 as="p">
          {snapshot.state === "loading"
            ? "Reading the workbook…"
            : "Create or open an assessment on the Start tab first."}
        </Body1>
      </section>
    );
  }

  const index = applicable.findIndex((s) => s.key === currentKey);
  const status = applicable[index];
  const isOpen = (key: string): boolean => {
    const met = outcomes.get(key)?.met ?? "blank";
    return met === "blank";
  };
  const nextUnanswered =
    [...applicable.slice(index + 1), ...applicable.slice(0, Math.max(index, 0))].find(
      (s) => isOpen(s.key) && !s.optional
    ) ?? undefined;
  const sections = a.sections.filter((s) => s.applicable > 0);
  const currentSection = sections.find(
    (s) => status !== undefined && s.id === status.section.id && s.part === status.part
  );
  const today = localToday();

  return (
    <section className={view.root} aria-label="Form">
      {currentSection && (
        <div className={styles.current}>
          <Caption1>
            {currentSection.title}: {currentSection.answered} of {currentSection.applicable}{" "}
            answered
          </Caption1>
          <ProgressBar
            thickness="medium"
            value={currentSection.answered / currentSection.applicable}
            aria-label={`${currentSection.title} progress`}
          />
        </div>
      )}
      <div>
        <Button
          size="small"
          appearance="subtle"
          aria-expanded={showSections}
          aria-controls={sectionsId}
          onClick={() => setShowSections((v) => !v)}
        >
          {showSections
            ? "Hide sections"
            : `All sections (${a.overall.answered}/${a.overall.applicable})`}
        </Button>
      </div>
      {showSections && (
        <ul id={sectionsId} className={styles.sections} aria-label="Sections">
          {sections.map((s) => {
            const first = applicable.find((st) => st.section.id === s.id && st.part === s.part);
            const here = status?.section.id === s.id && status.part === s.part;
            return (
              <li key={`${s.part}/${s.id}`}>
                <Button
                  appearance={here ? "secondary" : "subtle"}
                  size="small"
                  className={styles.sectionButton}
                  aria-current={here ? "true" : undefined}
                  onClick={() => open(first?.key)}
                >
                  <span className={styles.sectionLabel}>{s.title}</span>
                  <Caption1>
                    {s.answered}/{s.applicable}
                  </Caption1>
                </Button>
                <ProgressBar
                  thickness="medium"
                  value={s.answered / s.applicable}
                  aria-label={`${s.title} progress`}
                />
              </li>
            );
          })}
        </ul>
      )}

      <Field label="Control" className={styles.fit}>
        <Select
          className={styles.fit}
          select={{ className: styles.fit }}
          value={currentKey ?? ""}
          onChange={(_ev, data) => open(data.value)}
        >
          {applicable.map((s) => (
            <option key={s.key} value={s.key}>
              {isOpen(s.key) ? "○" : "●"} {s.control.id} {s.control.title}
            </option>
          ))}
        </Select>
      </Field>

      <nav className={styles.nav} aria-label="Control navigation">
        <Button disabled={index <= 0} onClick={() => open(applicable[index - 1]?.key)}>
          Previous
        </Button>
        <Button
          disabled={index < 0 || index >= applicable.length - 1}
          onClick={() => open(applicable[index + 1]?.key)}
        >
          Next
        </Button>
        <Button
          appearance="primary"
          disabled={!nextUnanswered}
          onClick={() => open(nextUnanswered?.key)}
        >
          Next unanswered
        </Button>
        <Caption1>
          {index + 1} of {applicable.length}
        </Caption1>
        {slow && <Spinner size="tiny" label="Saving…" />}
      </nav>

      <WriteNotices writer={writer} control={status?.key} />

      {status && (
        <ControlCard
          key={status.key}
          status={status}
          entry={entries.get(status.key)}
          caseStudies={a.caseStudies}
          writer={writer}
          findings={a.findings.filter(
            (f) => f.control === status.control.id && f.severity !== "info"
          )}
          asOf={a.asOf}
          today={today}
          plannedSubmissionDate={a.scope.plannedSubmissionDate}
          locale={locale}
          onGoTo={(sheet, cell) => port.goToCell(sheet, cell).catch(reportError)}
        />
      )}
    </section>
  );
}
