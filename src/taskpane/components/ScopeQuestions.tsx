/** The checklist's scope questions, each with plain-language help; only the questions the checklist asks. */
import * as React from "react";
import {
  Field,
  Input,
  Select,
  SpinButton,
  Switch,
  makeStyles,
  mergeClasses,
  tokens,
} from "@fluentui/react-components";
import {
  DCX_SEGMENTS,
  DELIVERY_CATEGORIES,
  DELIVERY_CATEGORY_LABELS,
  type Checklist,
  type ScopeQuestion,
} from "../../checklists/schema";
import { DCX_SEGMENT_LABELS } from "../../core/labels";
import type { Scope } from "../../core/model";
import { PrerequisiteQuestions } from "./PrerequisiteQuestions";

type BooleanQuestion = Exclude<
  ScopeQuestion,
  "deliveryCategory" | "dcxSegment" | "plannedSubmissionDate" | "caseStudyCount"
>;

/** Label and help for every yes/no question. */
export const BOOLEAN_QUESTIONS: Record<BooleanQuestion, { label: string; help: string }> = {
  reseller: {
    label: "We resell AWS through the AWS Channel Reseller Program",
    help: "If not, control 4.5 and the billing section are waived and their points are granted.",
  },
  renewal: {
    label: "This is a renewal audit",
    help: "A renewal reviews fewer controls; the ones it skips get their points.",
  },
  automatedScanShown: {
    label: "Show the controls the automated account scan covers",
    help: "AWS scans your account for these; you only need to answer them if you want to check them yourself.",
  },
  wellArchitectedReview: {
    label: "A Well-Architected review found no high-risk issues",
    help: "Zero high-risk issues in Security, Operational Excellence and Reliability waives the evidence for the controls it covers.",
  },
  saas: {
    label: "The solution is sold as SaaS",
    help: "Some controls only apply to software you run for your customers.",
  },
  phi: {
    label: "The solution handles protected health information (PHI) of US customers",
    help: "Turns on the HIPAA-related controls.",
  },
  spot: {
    label: "The workload uses EC2 Spot capacity",
    help: "Turns on the Spot interruption handling controls.",
  },
  multipleClusters: {
    label: "The workload runs more than one ECS cluster",
    help: "Turns on the multi-cluster controls.",
  },
  regulatedWorkloads: {
    label: "The workload is regulated (for example PCI or HIPAA)",
    help: "Turns on the compliance controls.",
  },
  ecsAnywhere: {
    label: "The workload uses ECS Anywhere",
    help: "Turns on the controls for on-premises capacity.",
  },
  efs: {
    label: "The workload uses Amazon EFS volumes",
    help: "Turns on the EFS storage controls.",
  },
  ebs: {
    label: "The workload uses Amazon EBS volumes",
    help: "Turns on the EBS storage controls.",
  },
};

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
});

export interface ScopeQuestionsProps {
  checklist: Checklist;
  scope: Scope;
  onChange: (scope: Scope) => void;
  disabled?: boolean;
  className?: string;
}

export function ScopeQuestions({
  checklist,
  scope,
  onChange,
  disabled,
  className,
}: ScopeQuestionsProps): React.JSX.Element {
  const styles = useStyles();
  const defaultCount = Math.max(1, checklist.caseStudies?.count ?? 1);
  return (
    <div className={mergeClasses(styles.root, className)}>
      {checklist.scopeQuestions.map((question) => {
        switch (question) {
          case "deliveryCategory":
            return (
              <Field
                key={question}
                label="How is the solution delivered?"
                hint="Controls that only apply to other delivery models are hidden."
              >
                <Select
                  disabled={disabled}
                  value={scope.deliveryCategory ?? ""}
                  onChange={(_ev, data) => {
                    const found = DELIVERY_CATEGORIES.find((c) => c === data.value);
                    onChange({ ...scope, deliveryCategory: found ?? null });
                  }}
                >
                  <option value="">Not set (show every control)</option>
                  {DELIVERY_CATEGORIES.map((c) => (
                    <option key={c} value={c}>
                      {DELIVERY_CATEGORY_LABELS[c]}
                    </option>
                  ))}
                </Select>
              </Field>
            );
          case "dcxSegment":
            return (
              <Field
                key={question}
                label="DCX segment"
                hint="Category features of other segments are hidden; optional ones do not block readiness."
              >
                <Select
                  disabled={disabled}
                  value={scope.dcxSegment ?? ""}
                  onChange={(_ev, data) => {
                    const found = DCX_SEGMENTS.find((c) => c === data.value);
                    onChange({ ...scope, dcxSegment: found ?? null });
                  }}
                >
                  <option value="">Not set (show every feature)</option>
                  {DCX_SEGMENTS.map((c) => (
                    <option key={c} value={c}>
                      {DCX_SEGMENT_LABELS[c]}
                    </option>
                  ))}
                </Select>
              </Field>
            );
          case "plannedSubmissionDate":
            return (
              <Field
                key={question}
                label="Planned submission date"
                hint="Evidence ages are measured to this date; empty means today."
              >
                <Input
                  type="date"
                  disabled={disabled}
                  value={scope.plannedSubmissionDate ?? ""}
                  onChange={(_ev, data) =>
                    onChange({
                      ...scope,
                      plannedSubmissionDate: /^\d{4}-\d{2}-\d{2}$/.test(data.value)
                        ? data.value
                        : null,
                    })
                  }
                />
              </Field>
            );
          case "caseStudyCount":
            return (
              <Field
                key={question}
                label="Number of case studies"
                hint={`Controls asked per case study are answered this many times (the checklist asks for ${defaultCount}).`}
              >
                <SpinButton
                  disabled={disabled}
                  min={1}
                  max={20}
                  value={scope.caseStudyCount ?? defaultCount}
                  onChange={(_ev, data) => {
                    const n =
                      data.value ?? (data.displayValue ? Number(data.displayValue) : undefined);
                    if (n !== undefined && Number.isInteger(n) && n >= 1 && n <= 20)
                      onChange({ ...scope, caseStudyCount: n });
                  }}
                />
              </Field>
            );
          default: {
            const q = BOOLEAN_QUESTIONS[question];
            return (
              <Field key={question} hint={q.help}>
                <Switch
                  disabled={disabled}
                  label={q.label}
                  checked={scope[question]}
                  onChange={(_ev, data) => onChange({ ...scope, [question]: data.checked })}
                />
              </Field>
            );
          }
        }
      })}
      <PrerequisiteQuestions
        checklist={checklist}
        scope={scope}
        onChange={onChange}
        disabled={disabled}
      />
    </div>
  );
}
