/**
 * Submit: the readiness gate (blocking errors and unanswered controls), Finalize (and Unfinalize, the way back),
 * then the program's route: the address and the exact subject line with the partner's name, as a mailto: link and
 * a copy button, with the file name to attach; or the Partner Central instructions.
 */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Checkbox,
  Field,
  Input,
  Link,
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import type { Checklist } from "../../checklists/schema";
import { programName } from "../../core/labels";
import { isFinalizeRefused, type FinalizeRefusal } from "../../core/workbook/finalizeRefusal";
import type { FinalizeResult } from "../../excel/port";
import { localToday, useDelayedFlag, useOperation, useSnapshot } from "../hooks";
import type { ViewProps } from "./types";
import { useViewStyles } from "./viewStyles";

const useStyles = makeStyles({
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  code: {
    fontFamily: tokens.fontFamilyMonospace,
    wordBreak: "break-word",
    backgroundColor: tokens.colorNeutralBackground3,
    padding: tokens.spacingHorizontalXS,
    borderRadius: tokens.borderRadiusSmall,
  },
  text: { whiteSpace: "pre-wrap", wordBreak: "break-word" },
});

const PLACEHOLDER = /\[(?:APN )?Partner Name\]/g;

/** The subject line exactly as the program asks, with the partner's name in place of its placeholder. */
export function subjectFor(template: string, partnerName: string): string {
  const name = partnerName.trim();
  return template.replace(PLACEHOLDER, (placeholder) => name || placeholder);
}

export function mailtoFor(email: string, subject: string): string {
  return `mailto:${email}?subject=${encodeURIComponent(subject)}`;
}

/** A file name for the workbook to attach: partner, program, date; characters Windows refuses are dropped. */
export function attachmentName(checklist: Checklist, partnerName: string, date: string): string {
  const partner =
    partnerName
      .trim()
      .replace(/[\\/:*?"<>|]+/g, "")
      .replace(/\s+/g, " ") || "Partner";
  return `${partner} - ${programName(checklist)} Self-Assessment - ${date}.xlsx`;
}

export function SubmitView({ assessment: port, reportError }: ViewProps): React.JSX.Element {
  const styles = useStyles();
  const view = useViewStyles();
  const snapshot = useSnapshot(port);
  const [partner, setPartner] = React.useState("");
  const [finalized, setFinalized] = React.useState<FinalizeResult | null>(null);
  const [refusal, setRefusal] = React.useState<FinalizeRefusal | null>(null);
  const [copied, setCopied] = React.useState(false);
  const [anyway, setAnyway] = React.useState(false);
  const partnerHintId = React.useId();
  const { busy, run } = useOperation(reportError);
  const slow = useDelayedFlag(busy);
  const a = snapshot.assessment;
  const checklist = snapshot.checklist;

  if (!a || !checklist) {
    return (
      <section className={view.root} aria-label="Submit">
        <Body1 as="p">
          {snapshot.state === "loading"
            ? "Reading the workbook…"
            : "Create or open an assessment on the Start tab first."}
        </Body1>
      </section>
    );
  }

  // The pipeline's readiness (core/readiness.ts): every finding, workbook and engine, and the score's verdict.
  const readiness = snapshot.readiness;
  const errors = readiness?.errors ?? [];
  const scoreBlocks = readiness?.passes === false;
  const ready = readiness?.submittable === true;
  const submission = checklist.submission;
  const subject =
    submission.method === "email" && submission.subject
      ? subjectFor(submission.subject, partner)
      : null;
  const fileName = attachmentName(checklist, partner, localToday());

  /** Finalize; a refusal (Met? cells the formulas would read otherwise) is shown here with its override. */
  const finalize = (force: boolean): void =>
    void run(async () => {
      try {
        setFinalized(await port.finalize(force ? { force } : undefined));
        setRefusal(null);
      } catch (error) {
        if (!isFinalizeRefused(error)) throw error;
        setRefusal(error.refusal);
      }
    });

  const copy = async (text: string): Promise<void> => {
    await navigator.clipboard.writeText(text);
    setCopied(true);
  };

  return (
    <section className={view.root} aria-label="Submit">
      <Subtitle2 as="h2">Readiness</Subtitle2>
      {ready ? (
        <MessageBar intent="success">
          <MessageBarBody>
            Every applicable control is answered and nothing blocks the submission.
          </MessageBarBody>
        </MessageBar>
      ) : (
        <MessageBar intent="warning" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Not ready yet</MessageBarTitle>
            {a.unanswered.length} unanswered, {errors.length} blocking{" "}
            {errors.length === 1 ? "error" : "errors"}
            {scoreBlocks && a.score
              ? `, score ${a.score.total} below ${a.score.passMark} or a mandatory item not met`
              : ""}
            .
          </MessageBarBody>
        </MessageBar>
      )}
      {a.unanswered.length > 0 && (
        <>
          <Body1 as="h3">Unanswered controls</Body1>
          <Body1 as="p" className={styles.text} aria-label="Unanswered controls">
            {a.unanswered.join(", ")}
          </Body1>
        </>
      )}
      {errors.length > 0 && (
        <>
          <Body1 as="h3">Blocking errors</Body1>
          <ul className={styles.list} aria-label="Blocking errors">
            {errors.map((f, i) => (
              <li key={i}>
                <Caption1 className={styles.text}>
                  <strong>{f.control}</strong>
                  {f.sheet && f.cell ? ` (${f.sheet}!${f.cell})` : ""}: {f.message}
                </Caption1>
              </li>
            ))}
          </ul>
        </>
      )}

      <Subtitle2 as="h2">Finalize</Subtitle2>
      <Caption1 as="p">
        Finalizing replaces the add-in&apos;s MSP.* formulas with native Excel formulas (or their
        values) and stamps the checklist version, scope and date, so the file works without the
        add-in. Unfinalize puts the formulas back.
      </Caption1>
      {!ready && (
        <Checkbox
          checked={anyway}
          onChange={(_ev, data) => setAnyway(data.checked === true)}
          label="Finalize even though it is not ready (for example to share a draft)"
        />
      )}
      <div className={view.line}>
        <Button
          appearance="primary"
          disabled={(!ready && !anyway) || busy || finalized !== null}
          onClick={() => finalize(false)}
        >
          Finalize
        </Button>
        <Button
          disabled={busy || finalized === null}
          onClick={() =>
            void run(async () => {
              await port.unfinalize();
              setFinalized(null);
            })
          }
        >
          Unfinalize
        </Button>
        {slow && <Spinner size="tiny" label="Working on the workbook…" />}
      </div>
      {refusal && !finalized && (
        <MessageBar intent="error" layout="multiline">
          <MessageBarBody>
            <MessageBarTitle>Not finalized</MessageBarTitle>
            {refusal.summary} Fix the {refusal.disagreements.length === 1 ? "cell" : "cells"} below,
            or finalize anyway if the difference does not matter.
            <ul className={styles.list} aria-label="Met? cells the formulas would read otherwise">
              {refusal.disagreements.map((f, i) => (
                <li key={i}>
                  <Caption1 className={styles.text}>
                    <strong>{f.control}</strong>: {f.message}
                  </Caption1>{" "}
                  {f.sheet && f.cell && (
                    <Button
                      size="small"
                      appearance="transparent"
                      aria-label={`Go to ${f.sheet}!${f.cell} (${f.control})`}
                      onClick={() => {
                        if (f.sheet && f.cell) port.goToCell(f.sheet, f.cell).catch(reportError);
                      }}
                    >
                      Go to
                    </Button>
                  )}
                </li>
              ))}
            </ul>
          </MessageBarBody>
          <MessageBarActions>
            <Button disabled={busy} onClick={() => finalize(true)}>
              Finalize anyway
            </Button>
          </MessageBarActions>
        </MessageBar>
      )}
      {finalized && (
        <Body1 as="p" role="status">
          Finalized: {finalized.replaced} formulas made native, {finalized.valuesOnly} kept as
          values.
        </Body1>
      )}

      <Subtitle2 as="h2">Send it</Subtitle2>
      <Field
        label="Partner name"
        hint={{
          id: partnerHintId,
          children:
            "As registered with AWS; it goes into the subject line (needed to open the email).",
        }}
      >
        <Input
          value={partner}
          onChange={(_ev, data) => {
            setPartner(data.value);
            setCopied(false);
          }}
        />
      </Field>
      {submission.method === "email" ? (
        <>
          <Body1 as="p">
            Email the completed workbook to{" "}
            <Link href={`mailto:${submission.email}`}>{submission.email}</Link>
          </Body1>
          {subject !== null && (
            <>
              <Field label="Subject line">
                <Input readOnly value={subject} />
              </Field>
              <div className={view.line}>
                {partner.trim() ? (
                  <Link href={mailtoFor(submission.email, subject)}>
                    Open an email with this subject
                  </Link>
                ) : (
                  // No href until the subject carries the partner's name instead of its placeholder.
                  <Link as="button" disabled disabledFocusable aria-describedby={partnerHintId}>
                    Open an email with this subject
                  </Link>
                )}
                <Button size="small" onClick={() => copy(subject).catch(reportError)}>
                  Copy subject
                </Button>
                {copied && <Caption1 role="status">Copied.</Caption1>}
              </div>
            </>
          )}
          <Body1 as="p">
            Attach the workbook saved as <span className={styles.code}>{fileName}</span>
          </Body1>
        </>
      ) : (
        <>
          <Body1 as="p">This program takes applications in AWS Partner Central:</Body1>
          <Body1 as="p">
            Upload the workbook saved as <span className={styles.code}>{fileName}</span>
          </Body1>
        </>
      )}
      <Caption1 as="p" className={styles.text}>
        {submission.instructions}
      </Caption1>
    </section>
  );
}
