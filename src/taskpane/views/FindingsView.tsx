/**
 * Findings: every error, warning and note of the assessment and of reading the workbook, grouped by severity and
 * filterable; a finding with a cell goes to it.
 */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  Input,
  Select,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import type { Finding, Severity } from "../../core/model";
import { useSnapshot } from "../hooks";
import type { ViewProps } from "./types";
import { useViewStyles } from "./viewStyles";

const useStyles = makeStyles({
  filters: {
    display: "flex",
    flexWrap: "wrap",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalS,
  },
  filter: { flexGrow: 1, minWidth: "120px" },
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
  },
  error: { borderLeftColor: tokens.colorPaletteRedBorder2 },
  warning: { borderLeftColor: tokens.colorPaletteDarkOrangeBorder2 },
  info: { borderLeftColor: tokens.colorNeutralStroke1 },
  message: { wordBreak: "break-word" },
  link: { alignSelf: "start", minWidth: 0, paddingLeft: 0 },
});

const GROUPS: { severity: Severity; title: string }[] = [
  { severity: "error", title: "Errors" },
  { severity: "warning", title: "Warnings" },
  { severity: "info", title: "Notes" },
];

type SeverityFilter = Severity | "all";

function matches(f: Finding, text: string): boolean {
  if (text === "") return true;
  const hay = `${f.control} ${f.sheet ?? ""}!${f.cell ?? ""} ${f.message} ${f.rule}`.toLowerCase();
  return text
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean)
    .every((w) => hay.includes(w));
}

export function FindingsView({ assessment: port, reportError }: ViewProps): React.JSX.Element {
  const styles = useStyles();
  const view = useViewStyles();
  const snapshot = useSnapshot(port);
  const [severity, setSeverity] = React.useState<SeverityFilter>("all");
  const [text, setText] = React.useState("");
  const all = React.useMemo(
    () => [...(snapshot.assessment?.findings ?? []), ...snapshot.workbookFindings],
    [snapshot]
  );
  const shown = all.filter(
    (f) => (severity === "all" || f.severity === severity) && matches(f, text)
  );

  return (
    <section className={view.root} aria-label="Findings">
      <div className={styles.filters}>
        <Field label="Severity" className={styles.filter}>
          <Select
            value={severity}
            onChange={(_ev, data) => {
              const v = data.value;
              setSeverity(v === "error" || v === "warning" || v === "info" ? v : "all");
            }}
          >
            <option value="all">All</option>
            <option value="error">Errors</option>
            <option value="warning">Warnings</option>
            <option value="info">Notes</option>
          </Select>
        </Field>
        <Field label="Filter" className={styles.filter}>
          <Input
            type="search"
            value={text}
            placeholder="Control, cell or words"
            onChange={(_ev, data) => setText(data.value)}
          />
        </Field>
      </div>
      <Caption1 role="status" aria-live="polite">
        {shown.length} of {all.length} findings shown
      </Caption1>
      {all.length === 0 && <Body1 as="p">Nothing found: no errors or warnings.</Body1>}
      {GROUPS.map(({ severity: sev, title }) => {
        const group = shown.filter((f) => f.severity === sev);
        if (group.length === 0) return null;
        return (
          <React.Fragment key={sev}>
            <Subtitle2 as="h2">
              {title} ({group.length})
            </Subtitle2>
            <ul className={styles.list} aria-label={title}>
              {group.map((f, i) => {
                const where = f.sheet && f.cell ? `${f.sheet}!${f.cell}` : null;
                return (
                  <li
                    key={`${f.rule}-${f.control}-${i}`}
                    className={mergeClasses(styles.item, styles[sev])}
                  >
                    <Body1 className={styles.message}>
                      <strong>{f.control}</strong>
                      {f.caseStudy ? ` (case study ${f.caseStudy})` : ""}: {f.message}
                    </Body1>
                    {where && f.sheet && f.cell ? (
                      <Button
                        appearance="transparent"
                        size="small"
                        className={styles.link}
                        aria-label={`Go to ${where} (${f.control})`}
                        onClick={() => {
                          if (f.sheet && f.cell) port.goToCell(f.sheet, f.cell).catch(reportError);
                        }}
                      >
                        {where}
                      </Button>
                    ) : (
                      <Caption1>No cell</Caption1>
                    )}
                  </li>
                );
              })}
            </ul>
          </React.Fragment>
        );
      })}
    </section>
  );
}
