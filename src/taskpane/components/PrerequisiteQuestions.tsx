/**
 * The prerequisites as questions (issue 11, item 5): asked only when the workbook has no prerequisite rows, which
 * is how the official workbooks come. Each answer is stored with the scope (SelfAssess sheet); none blocks
 * readiness.
 */
import * as React from "react";
import {
  Caption1,
  Field,
  Radio,
  RadioGroup,
  Subtitle2,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import { CATALOG } from "../../checklists";
import type { Checklist } from "../../checklists/schema";
import type { Scope } from "../../core/model";
import { askedPrerequisites, prerequisiteAnswer } from "../../core/prerequisites";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalS },
});

export interface PrerequisiteQuestionsProps {
  /** The checklist being assessed (the workbook's): its own prerequisite rows, if any, answer instead. */
  checklist: Checklist;
  scope: Scope;
  onChange: (scope: Scope) => void;
  disabled?: boolean;
  className?: string;
}

type Choice = "met" | "not-met" | "unanswered";

/** The scope with one prerequisite answered (or its answer removed). */
export function answerPrerequisite(scope: Scope, id: string, choice: Choice): Scope {
  const next = { ...(scope.prerequisites ?? {}) };
  if (choice === "unanswered") delete next[id];
  else next[id] = choice === "met";
  return { ...scope, prerequisites: next };
}

export function PrerequisiteQuestions({
  checklist,
  scope,
  onChange,
  disabled,
  className,
}: PrerequisiteQuestionsProps): React.JSX.Element | null {
  const styles = useStyles();
  const catalog = CATALOG[checklist.id];
  const questions = React.useMemo(
    () => (catalog ? askedPrerequisites(catalog, checklist) : []),
    [catalog, checklist]
  );
  if (!questions.length) return null;
  return (
    <section className={mergeClasses(styles.root, className)} aria-label="Prerequisites">
      <Subtitle2 as="h3">Prerequisites</Subtitle2>
      <Caption1 as="p">
        This workbook has no rows for the program prerequisites. AWS checks them before the
        validation; answer them here. An unanswered prerequisite does not hold the assessment back.
      </Caption1>
      {questions.map((q) => {
        const answer = prerequisiteAnswer(scope, q.id);
        const value: Choice = answer === null ? "unanswered" : answer ? "met" : "not-met";
        return (
          <Field key={q.id} label={`${q.id} ${q.title}`} hint={q.requirement}>
            <RadioGroup
              layout="horizontal"
              disabled={disabled}
              value={value}
              aria-label={`${q.id} ${q.title}`}
              onChange={(_ev, data) =>
                onChange(answerPrerequisite(scope, q.id, data.value as Choice))
              }
            >
              <Radio value="met" label="Met" />
              <Radio value="not-met" label="Not met" />
              <Radio value="unanswered" label="Not answered" />
            </RadioGroup>
          </Field>
        );
      })}
    </section>
  );
}
