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
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Finding, Severity } from "../../core/model";
import { ItemList } from "../components/ItemList";
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
  link: { minWidth: 0, paddingLeft: 0 },
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
      {GROUPS.map(({ severity: sev, title }) => (
        <ItemList
          key={sev}
          title={title}
          items={shown
            .filter((f) => f.severity === sev)
            .map((f, i) => {
              const where = f.sheet && f.cell ? `${f.sheet}!${f.cell}` : null;
              return {
                key: `${f.rule}-${f.control}-${i}`,
                tone: sev,
                text: (
                  <>
                    <strong>{f.control}</strong>
                    {f.caseStudy ? ` (case study ${f.caseStudy})` : ""}: {f.message}
                  </>
                ),
                detail: where ? undefined : "No cell",
                actions: where ? (
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
                ) : undefined,
              };
            })}
        />
      ))}
    </section>
  );
}
