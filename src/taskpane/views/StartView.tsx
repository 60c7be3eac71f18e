import * as React from "react";
import {
  Body1,
  Button,
  Caption1,
  Field,
  Select,
  Spinner,
  Subtitle2,
  makeStyles,
  tokens,
} from "@fluentui/react-components";
import { CHECKLIST_IDS, type ChecklistId } from "../../checklists/schema";
import type { Stamp, WorkbookInfo } from "../../excel";
import type { ViewProps } from "./types";

const useStyles = makeStyles({
  root: { display: "flex", flexDirection: "column", rowGap: tokens.spacingVerticalM },
  sheets: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  actions: { display: "flex", columnGap: tokens.spacingHorizontalS, alignItems: "end" },
});

function isChecklistId(value: string): value is ChecklistId {
  return (CHECKLIST_IDS as readonly string[]).includes(value);
}

/** First view: what workbook is open, and which checklist it is being filled for (saved into the workbook). */
export function StartView({ workbook, reportError }: ViewProps): React.JSX.Element {
  const styles = useStyles();
  const [info, setInfo] = React.useState<WorkbookInfo | undefined>(undefined);
  const [checklist, setChecklist] = React.useState<ChecklistId>("msp");
  const [stamp, setStamp] = React.useState<Stamp | undefined>(undefined);
  const [busy, setBusy] = React.useState(false);

  const refresh = React.useCallback(async (): Promise<void> => {
    setInfo(await workbook.readWorkbookInfo());
  }, [workbook]);

  React.useEffect(() => {
    refresh().catch(reportError);
  }, [refresh, reportError]);

  const save = async (): Promise<void> => {
    if (!info) return;
    setBusy(true);
    try {
      setStamp(await workbook.saveChecklist(checklist, info));
      await refresh();
    } catch (error) {
      reportError(error);
    } finally {
      setBusy(false);
    }
  };

  return (
    <section className={styles.root} aria-label="Start">
      <Subtitle2 as="h2">Workbook</Subtitle2>
      {info ? (
        <>
          <Body1 as="p">
            Active sheet: <strong>{info.activeSheet}</strong>; selection:{" "}
            <strong>{info.selection}</strong>
          </Body1>
          <ul className={styles.sheets} aria-label="Sheets">
            {info.sheets.map((name) => (
              <li key={name}>
                <Body1>{name}</Body1>
              </li>
            ))}
          </ul>
          <div>
            <Button onClick={() => refresh().catch(reportError)}>Refresh</Button>
          </div>
        </>
      ) : (
        <Spinner size="tiny" label="Reading the workbook…" />
      )}
      <Subtitle2 as="h2">Checklist</Subtitle2>
      <div className={styles.actions}>
        <Field label="Program checklist">
          <Select
            value={checklist}
            onChange={(_ev, data) => {
              if (isChecklistId(data.value)) setChecklist(data.value);
            }}
          >
            {CHECKLIST_IDS.map((id) => (
              <option key={id} value={id}>
                {id.toUpperCase()}
              </option>
            ))}
          </Select>
        </Field>
        <Button appearance="primary" disabled={!info || busy} onClick={() => void save()}>
          Save to workbook
        </Button>
      </div>
      {stamp && (
        <Caption1 as="p" role="status">
          Saved {stamp.checklist.toUpperCase()} to {stamp.address} at {stamp.savedAt}
        </Caption1>
      )}
    </section>
  );
}
