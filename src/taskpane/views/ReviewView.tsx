/**
 * Review (PDM mode): the review state (Draft, Ready for review, Changes requested, Approved) with its history, a
 * reviewer comment per control written to the reviewer comment column, and approvals that record the reviewer,
 * the date and a hash of the answers; an approval whose hash no longer matches the answers is shown as stale.
 * Approving an assessment with blocking errors, a failing score or unanswered controls asks for confirmation and
 * records the override with the approval.
 */
import * as React from "react";
import {
  Badge,
  Body1,
  Button,
  Caption1,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  Input,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  Select,
  Spinner,
  Subtitle2,
  Textarea,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import {
  answersHashOf,
  approvalConcerns,
  approvalOverride,
  canMove,
  isStale,
  moveReview,
  REVIEW_STATE_LABELS,
  type Review,
  type ReviewState,
} from "../../core/review";
import { MET_TEXT, entriesByKey, fieldText } from "../answers";
import { localToday, useDelayedFlag, useOperation, useSnapshot } from "../hooks";
import { WriteNotices } from "../components/WriteNotices";
import { useAnswerWriter } from "../useAnswerWriter";
import type { ViewProps } from "./types";
import { useViewStyles } from "./viewStyles";

const useStyles = makeStyles({
  fit: { width: "100%", minWidth: 0, maxWidth: "100%" },
  history: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  text: { whiteSpace: "pre-wrap", wordBreak: "break-word" },
});

const BADGE: Record<ReviewState, "informative" | "warning" | "danger" | "success"> = {
  draft: "informative",
  "ready-for-review": "warning",
  "changes-requested": "danger",
  approved: "success",
};

export function ReviewView({ assessment: port, reportError }: ViewProps): React.JSX.Element {
  const styles = useStyles();
  const view = useViewStyles();
  const snapshot = useSnapshot(port);
  const writer = useAnswerWriter(port, snapshot.revision, reportError);
  const [review, setReview] = React.useState<Review | null>(null);
  const [name, setName] = React.useState("");
  const [note, setNote] = React.useState("");
  const [controlKey, setControlKey] = React.useState<string>("");
  const [confirming, setConfirming] = React.useState(false);
  const { busy, run } = useOperation(reportError);
  const slow = useDelayedFlag(busy || review === null);

  React.useEffect(() => {
    let live = true;
    port
      .readReview()
      .then((r) => {
        if (live) setReview(r);
      })
      .catch(reportError);
    return () => {
      live = false;
    };
  }, [port, reportError]);

  const a = snapshot.assessment;
  const entries = snapshot.entries;
  const byKey = React.useMemo(() => entriesByKey(entries), [entries]);
  const hash = React.useMemo(() => (a ? answersHashOf(a, entries) : null), [a, entries]);

  if (!a || !snapshot.checklist) {
    return (
      <section className={view.root} aria-label="Review">
        <Body1 as="p">
          {snapshot.state === "loading"
            ? "Reading the workbook…"
            : "Create or open an assessment on the Start tab first."}
        </Body1>
      </section>
    );
  }

  const applicable = a.statuses.filter((s) => s.state === "applies");
  const selected = applicable.find((s) => s.key === controlKey) ?? applicable[0];
  const outcome = a.controls.find((c) => c.key === selected?.key);
  const stale = review !== null && isStale(review, hash);

  const concerns = snapshot.readiness ? approvalConcerns(snapshot.readiness) : null;
  const override = review ? approvalOverride(review) : null;

  const move = (to: ReviewState, overriding?: string): void => {
    if (!review || !hash) return;
    void run(async () => {
      const next = moveReview(review, {
        to,
        by: name,
        date: localToday(),
        note,
        answersHash: hash,
        ...(overriding ? { override: overriding } : {}),
      });
      await port.saveReview(next);
      setReview(next);
      setNote("");
    });
  };

  const needsName = name.trim() === "";

  return (
    <section className={view.root} aria-label="Review">
      <div className={view.line}>
        <Subtitle2 as="h2">Review state</Subtitle2>
        {review ? (
          <Badge appearance="filled" color={stale ? "warning" : BADGE[review.state]}>
            {REVIEW_STATE_LABELS[review.state]}
            {stale ? " (stale)" : ""}
          </Badge>
        ) : null}
        {slow && <Spinner size="tiny" label={review ? "Saving…" : "Reading the review…"} />}
      </div>
      {review?.state === "approved" && !stale && (
        <MessageBar intent="success">
          <MessageBarBody>
            Approved by {review.reviewer} on {review.approvedOn}
            {override ? `, overriding ${override}` : ""}; the answers have not changed since.
          </MessageBarBody>
        </MessageBar>
      )}
      {stale && review && (
        <MessageBar intent="warning" layout="multiline" role="alert">
          <MessageBarBody>
            <MessageBarTitle>Approval is stale</MessageBarTitle>
            The answers changed after {review.reviewer} approved them on {review.approvedOn}. Review
            the changes and approve again.
          </MessageBarBody>
        </MessageBar>
      )}
      <Field
        label="Reviewer name"
        required
        hint="Recorded with every state change and with an approval."
      >
        <Input value={name} onChange={(_ev, data) => setName(data.value)} />
      </Field>
      <Field label="Note for the history">
        <Textarea resize="vertical" value={note} onChange={(_ev, data) => setNote(data.value)} />
      </Field>
      <div className={view.line}>
        <Button
          disabled={!review || busy || needsName || !canMove(review, "ready-for-review", hash)}
          onClick={() => move("ready-for-review")}
        >
          Ready for review
        </Button>
        <Button
          disabled={!review || busy || needsName || !canMove(review, "changes-requested", hash)}
          onClick={() => move("changes-requested")}
        >
          Request changes
        </Button>
        <Button
          appearance="primary"
          disabled={!review || busy || needsName || !canMove(review, "approved", hash)}
          onClick={() => (concerns ? setConfirming(true) : move("approved"))}
        >
          {stale ? "Approve again" : "Approve"}
        </Button>
        <Button
          disabled={!review || busy || needsName || !canMove(review, "draft", hash)}
          onClick={() => move("draft")}
        >
          Back to draft
        </Button>
      </div>
      {needsName && <Caption1>Enter your name to change the review state.</Caption1>}
      <Dialog
        open={confirming}
        modalType="alert"
        onOpenChange={(_ev, data) => setConfirming(data.open)}
      >
        <DialogSurface>
          <DialogBody>
            <DialogTitle>Approve anyway?</DialogTitle>
            <DialogContent>
              Approving now overrides what is still wrong: {concerns}. The approval records that you
              overrode it.
            </DialogContent>
            <DialogActions>
              <Button
                appearance="primary"
                onClick={() => {
                  setConfirming(false);
                  move("approved", concerns ?? undefined);
                }}
              >
                Approve and record the override
              </Button>
              <Button onClick={() => setConfirming(false)}>Cancel</Button>
            </DialogActions>
          </DialogBody>
        </DialogSurface>
      </Dialog>
      {review && review.history.length > 0 && (
        <>
          <Subtitle2 as="h3">History</Subtitle2>
          <ol className={styles.history} aria-label="Review history">
            {review.history.map((e, i) => (
              <li key={i}>
                <Caption1 className={styles.text}>
                  {e.date} · {REVIEW_STATE_LABELS[e.state]} · {e.by}
                  {e.override ? ` · overriding ${e.override}` : ""}
                  {e.note ? `: ${e.note}` : ""}
                </Caption1>
              </li>
            ))}
          </ol>
        </>
      )}

      <Subtitle2 as="h2">Comments per control</Subtitle2>
      <Field label="Control to comment on" className={styles.fit}>
        <Select
          className={styles.fit}
          select={{ className: styles.fit }}
          value={selected?.key ?? ""}
          onChange={(_ev, data) => setControlKey(data.value)}
        >
          {applicable.map((s) => (
            <option key={s.key} value={s.key}>
              {s.control.id} {s.control.title}
            </option>
          ))}
        </Select>
      </Field>
      {selected && (
        <>
          <Body1 className={styles.text}>
            <strong>{selected.control.id}</strong> {selected.control.requirement}
          </Body1>
          <Caption1>
            Met: {!outcome || outcome.met === "blank" ? "not answered" : MET_TEXT[outcome.met]}
            {fieldText(byKey.get(selected.key)?.answers[0], "response")
              ? ` · Response: ${fieldText(byKey.get(selected.key)?.answers[0], "response")}`
              : ""}
          </Caption1>
          <Field
            label={`Reviewer comment for ${selected.control.id}`}
            hint="Written to the reviewer comment column."
          >
            <Textarea
              resize="vertical"
              value={writer.value(
                selected.key,
                1,
                "reviewerComment",
                "entries" in snapshot
                  ? fieldText(byKey.get(selected.key)?.answers[0], "reviewerComment")
                  : null
              )}
              onChange={(_ev, data) => writer.set(selected.key, 1, "reviewerComment", data.value)}
            />
          </Field>
        </>
      )}
      <WriteNotices writer={writer} />
    </section>
  );
}
