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
  Radio,
  RadioGroup,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { ControlStatus } from "../../core/applicability";
import type { AnswerEntry, Finding, Met } from "../../core/model";
import type { AnswerField } from "../../excel/port";
import { MET_TEXT, fieldText, lines, metFromText } from "../answers";
import { checkDate, checkLink, dateRulesText, type Check } from "../evidenceChecks";
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
  grow: { flexGrow: 1, minWidth: 0 },
  findings: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  radios: { flexWrap: "wrap" },
});

function validationProps(check: Check): {
  validationState?: "error" | "warning" | "success";
  validationMessage?: string;
} {
  return check.state === "none"
    ? {}
    : { validationState: check.state, validationMessage: check.message };
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

  const links = lines(value(1, "links"));
  const dates = lines(value(1, "dates"));
  const setLinks = (next: string[]): void => writer.set(key, 1, "links", next.join("\n"));
  const setDates = (next: string[], immediate = false): void =>
    writer.set(key, 1, "dates", next.join("\n"), immediate);
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
            <Field label={`${responseLabel}${suffix}`}>
              <Textarea
                resize="vertical"
                value={value(cs, "response")}
                onChange={(_ev, data) => writer.set(key, cs, "response", data.value)}
              />
            </Field>
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
        {links.map((link, i) => (
          <div key={i} className={styles.row}>
            <Field
              className={styles.grow}
              label={`Evidence link ${i + 1}`}
              {...validationProps(
                checkLink(
                  link,
                  control,
                  links.filter((_, j) => j !== i)
                )
              )}
            >
              <Input
                type="url"
                value={link}
                onChange={(_ev, data) => setLinks(links.map((l, j) => (j === i ? data.value : l)))}
              />
            </Field>
            {links.length > 1 || link !== "" ? (
              <Button
                appearance="subtle"
                aria-label={`Remove evidence link ${i + 1}`}
                onClick={() => {
                  const next = links.filter((_, j) => j !== i);
                  writer.set(key, 1, "links", (next.length ? next : [""]).join("\n"), true);
                }}
              >
                Remove
              </Button>
            ) : null}
          </div>
        ))}
        <div>
          <Button size="small" onClick={() => setLinks([...links, ""])}>
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
        {dates.map((date, i) => (
          <div key={i} className={styles.row}>
            <Field
              className={styles.grow}
              label={`Evidence date ${i + 1}`}
              {...validationProps(checkDate(date, control, asOf))}
            >
              <Input
                type={date === "" || /^\d{4}-\d{2}-\d{2}$/.test(date) ? "date" : "text"}
                value={date}
                max={asOf}
                onChange={(_ev, data) => setDates(dates.map((d, j) => (j === i ? data.value : d)))}
              />
            </Field>
            {dates.length > 1 || date !== "" ? (
              <Button
                appearance="subtle"
                aria-label={`Remove evidence date ${i + 1}`}
                onClick={() => {
                  const next = dates.filter((_, j) => j !== i);
                  setDates(next.length ? next : [""], true);
                }}
              >
                Remove
              </Button>
            ) : null}
          </div>
        ))}
        <div>
          <Button size="small" onClick={() => setDates([...dates, ""])}>
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
                <Caption1>
                  {f.severity === "error" ? "Error" : f.severity === "warning" ? "Warning" : "Note"}
                  {f.caseStudy ? ` (case study ${f.caseStudy})` : ""}: {f.message}
                </Caption1>
              </li>
            ))}
          </ul>
        </div>
      )}
    </Card>
  );
}
