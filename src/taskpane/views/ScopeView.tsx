/**
 * Scope: the checklist's scope questions. The count of controls that apply and the list of hidden ones with their
 * reasons follow the answers as they are changed; saving stores the scope and hides or greys the rows in the sheet.
 */
import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { applicability } from "../../core/applicability";
import { programName } from "../../core/labels";
import type { Scope } from "../../core/model";
import { ScopeQuestions } from "../components/ScopeQuestions";
import { useDelayedFlag, useOperation, useSnapshot } from "../hooks";
import type { ViewProps } from "./types";
import { useViewStyles } from "./viewStyles";

const useStyles = makeStyles({
  hidden: { margin: 0, paddingLeft: tokens.spacingHorizontalL },
  item: { marginBottom: tokens.spacingVerticalXS },
});

export function ScopeView({ assessment: port, reportError }: ViewProps): React.JSX.Element {
  const styles = useStyles();
  const view = useViewStyles();
  const snapshot = useSnapshot(port);
  const saved = snapshot.assessment?.scope ?? null;
  const [draft, setDraft] = React.useState<Scope | null>(saved);
  const savedText = JSON.stringify(saved);
  React.useEffect(() => {
    setDraft(saved);
    // Reset the draft only when the stored scope itself changes, not on every snapshot.
  }, [savedText]);
  const { busy, run } = useOperation(reportError);
  const slow = useDelayedFlag(busy);

  const checklist = snapshot.checklist;
  const statuses = React.useMemo(
    () => (checklist && draft ? applicability(checklist, draft) : []),
    [checklist, draft]
  );

  if (!checklist || !draft) {
    return (
      <section className={view.root} aria-label="Scope">
        <Body1 as="p">
          {snapshot.state === "loading"
            ? "Reading the workbook…"
            : "Create or open an assessment on the Start tab first."}
        </Body1>
      </section>
    );
  }

  const applies = statuses.filter((s) => s.state === "applies");
  const hidden = statuses.filter((s) => s.state !== "applies");
  const changed = JSON.stringify(draft) !== savedText;

  return (
    <section className={view.root} aria-label="Scope">
      <Subtitle2 as="h2">Scope of {programName(checklist)}</Subtitle2>
      <ScopeQuestions checklist={checklist} scope={draft} onChange={setDraft} disabled={busy} />
      <div className={view.line}>
        <Button
          appearance="primary"
          disabled={busy || !changed}
          onClick={() => void run(() => port.saveScope(draft))}
        >
          Save scope
        </Button>
        <Button disabled={busy || !changed} onClick={() => setDraft(saved)}>
          Undo changes
        </Button>
        {slow && <Spinner size="tiny" label="Updating the sheet…" />}
      </div>
      <Body1 as="p" role="status" aria-live="polite">
        {applies.length} of {statuses.length} controls apply; {hidden.length} hidden
        {changed ? " (with these answers, not saved yet)" : ""}.
      </Body1>
      {hidden.length > 0 && (
        <>
          <Subtitle2 as="h3">Hidden controls</Subtitle2>
          <ul className={styles.hidden} aria-label="Hidden controls">
            {hidden.map((s) => (
              <li key={s.key} className={styles.item}>
                <Body1>
                  <strong>{s.control.id}</strong> {s.control.title}
                </Body1>
                <br />
                <Caption1>
                  {s.state === "granted" ? "Points granted. " : ""}
                  {s.reason}
                </Caption1>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
