/**
 * The Start view's question when recognition could not tell a column's role (issue 11, item 4): a "Self-Assessment"
 * column may hold the Met answers or free text. The answer is saved as a column-role correction, which wins over
 * recognition from then on, and the question is not asked again.
 */
import * as React from "react";
import {
  Button,
  Field,
  Radio,
  RadioGroup,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { columnLetters } from "../../core/workbook/grid";
import type { ColumnRole, Mapping } from "../../core/workbook/mapping";

const ROLE_WORDS: Partial<Record<ColumnRole, string>> = {
  met: "The Met answers (Yes, No or N/A)",
  response: "A free-text response",
  requirement: "The requirement text",
  reviewerComment: "A reviewer's comment",
};

/** The mapping with one ambiguous column settled as `role` and its question removed. */
export function settleColumn(
  mapping: Mapping,
  sheetIndex: number,
  column: number,
  role: ColumnRole
): Mapping {
  return {
    ...mapping,
    sheets: mapping.sheets.map((sheet, i) => {
      if (i !== sheetIndex) return sheet;
      const columns = { ...sheet.columns };
      // A column plays one role: whichever role held it gives it up.
      for (const key of Object.keys(columns) as (keyof typeof columns)[]) {
        if (key !== "id" && key !== "caseStudies" && key !== "metFrom" && columns[key] === column)
          (columns as Record<string, unknown>)[key] = null;
      }
      if (role === "id") columns.id = column;
      else (columns as Record<string, unknown>)[role] = column;
      if (role !== "met" && sheet.columns.met === column) delete columns.metFrom;
      const ambiguous = (sheet.ambiguous ?? []).filter((a) => a.column !== column);
      const next = { ...sheet, columns };
      if (ambiguous.length) next.ambiguous = ambiguous;
      else delete next.ambiguous;
      return next;
    }),
  };
}

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export function AmbiguousColumns({
  mapping,
  onSave,
  busy,
}: {
  mapping: Mapping;
  onSave: (mapping: Mapping) => void;
  busy: boolean;
}): React.JSX.Element | null {
  const styles = useStyles();
  const questions = mapping.sheets.flatMap((sheet, sheetIndex) =>
    (sheet.ambiguous ?? []).map((a) => ({ sheet: sheet.sheet, sheetIndex, ...a }))
  );
  const [choices, setChoices] = React.useState<Record<string, string>>({});
  if (!questions.length) return null;
  return (
    <section className={styles.root} aria-label="Which column holds what">
      <Subtitle2 as="h2">Which column holds what?</Subtitle2>
      {questions.map((q) => {
        const key = `${q.sheetIndex}:${q.column}`;
        const value = choices[key] ?? q.chosen;
        return (
          <Field
            key={key}
            label={`${q.question} (${q.sheet}, column ${columnLetters(q.column)})`}
            hint={`Until you answer, it is read as: ${(ROLE_WORDS[q.chosen as ColumnRole] ?? q.chosen).toLowerCase()}.`}
          >
            <RadioGroup
              value={value}
              disabled={busy}
              onChange={(_ev, data) => setChoices({ ...choices, [key]: data.value })}
            >
              {q.roles.map((role) => (
                <Radio key={role} value={role} label={ROLE_WORDS[role as ColumnRole] ?? role} />
              ))}
            </RadioGroup>
          </Field>
        );
      })}
      <div>
        <Button
          appearance="primary"
          disabled={busy}
          onClick={() => {
            let next = mapping;
            for (const q of questions) {
              const role = (choices[`${q.sheetIndex}:${q.column}`] ?? q.chosen) as ColumnRole;
              next = settleColumn(next, q.sheetIndex, q.column, role);
            }
            onSave(next);
          }}
        >
          Save answer
        </Button>
      </div>
    </section>
  );
}
