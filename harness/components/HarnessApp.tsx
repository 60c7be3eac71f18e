import * as React from "react";
import {
  Badge,
  Button,
  Dialog,
  DialogActions,
  DialogBody,
  DialogContent,
  DialogSurface,
  DialogTitle,
  Field,
  FluentProvider,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Select,
  Switch,
  Tab,
  TabList,
  Text,
  Toolbar,
  tokens,
  webDarkTheme,
  webLightTheme,
} from "@fluentui/react-components";
import type { CellScalar } from "../fake-excel/model";
import { SAMPLES } from "../documentSwitch";
import type { HarnessSession } from "../session";
import { Grid } from "./Grid";
import { useHostVersion } from "./useHostVersion";

const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    height: "100%",
    backgroundColor: tokens.colorNeutralBackground2,
  },
  toolbar: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalM,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    flexWrap: "wrap",
  },
  header: {
    flex: "0 0 auto",
  },
  worksheet: {
    flex: "1 1 auto",
    minHeight: 0,
    display: "flex",
    flexDirection: "column",
  },
  title: {
    fontWeight: tokens.fontWeightSemibold,
  },
  spacer: {
    flex: "1 1 auto",
  },
  formulaBar: {
    display: "flex",
    gap: tokens.spacingHorizontalS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalM}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    fontFamily: tokens.fontFamilyMonospace,
    fontSize: tokens.fontSizeBase200,
    minHeight: "22px",
    alignItems: "center",
  },
  tabs: {
    borderTop: `1px solid ${tokens.colorNeutralStroke1}`,
    backgroundColor: tokens.colorNeutralBackground3,
  },
  hiddenInput: {
    display: "none",
  },
  chooser: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalS,
  },
});

const OPEN_FILE = "open-file";

export interface HarnessAppProps {
  session: HarnessSession;
}

export function HarnessApp({ session }: HarnessAppProps): React.ReactElement {
  const styles = useStyles();
  const { host } = session;
  useHostVersion(host);
  const [error, setError] = React.useState<string | undefined>();
  const [confirmSave, setConfirmSave] = React.useState(false);
  const isSample = SAMPLES.some((s) => s.file === session.workbookName);
  const fileInput = React.useRef<HTMLInputElement>(null);
  const model = host.model;
  const activeSheet = model.sheets.find((s) => s.id === model.activeSheetId) ?? model.sheets[0];
  const selection =
    model.selection.sheetId === activeSheet?.id ? model.selection.address : undefined;
  const selectedCell =
    selection && activeSheet ? activeSheet.cells[selection.split(":")[0]] : undefined;

  const guard = (p: Promise<unknown>): void => {
    p.then(
      () => setError(undefined),
      (e: unknown) => setError(e instanceof Error ? e.message : String(e))
    );
  };

  const onOpenFile = (ev: React.ChangeEvent<HTMLInputElement>): void => {
    const file = ev.target.files?.[0];
    if (!file) return;
    // A new document, as in Excel: the page, and the task pane with it, start again on the file.
    guard(file.arrayBuffer().then((bytes) => session.openBytes(bytes, file.name)));
    ev.target.value = "";
  };

  return (
    <FluentProvider
      theme={host.theme === "dark" ? webDarkTheme : webLightTheme}
      className={styles.root}
    >
      <header className={styles.header}>
        <Toolbar aria-label="Harness" className={styles.toolbar}>
          <Text className={styles.title}>Harness</Text>
          <Field label="Workbook" orientation="horizontal" className={styles.chooser}>
            <Select
              data-testid="sample-chooser"
              value={session.workbookName}
              onChange={(_ev, data) => {
                if (data.value === OPEN_FILE) fileInput.current?.click();
                else if (data.value !== session.workbookName) guard(session.openSample(data.value));
              }}
            >
              {SAMPLES.map((s) => (
                <option key={s.file} value={s.file}>
                  {s.label}
                </option>
              ))}
              {!isSample && <option value={session.workbookName}>{session.workbookName}</option>}
              <option value={OPEN_FILE}>Open file…</option>
            </Select>
          </Field>
          <Text data-testid="workbook-name">{session.workbookName}</Text>
          <input
            ref={fileInput}
            type="file"
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className={styles.hiddenInput}
            aria-label="Open workbook file"
            data-testid="open-file"
            onChange={onOpenFile}
          />
          <Button appearance="primary" onClick={() => setConfirmSave(true)}>
            Save .xlsx…
          </Button>
          <Dialog open={confirmSave} onOpenChange={(_ev, data) => setConfirmSave(data.open)}>
            <DialogSurface aria-describedby="harness-save-text">
              <DialogBody>
                <DialogTitle>Save a copy of the workbook</DialogTitle>
                <DialogContent id="harness-save-text">
                  The workbook with your edits is downloaded as{" "}
                  <strong data-testid="save-name">{session.saveName}</strong>. The opened file
                  itself is not changed.
                </DialogContent>
                <DialogActions>
                  <Button
                    appearance="primary"
                    onClick={() => {
                      setConfirmSave(false);
                      guard(session.download());
                    }}
                  >
                    Download {session.saveName}
                  </Button>
                  <Button onClick={() => setConfirmSave(false)}>Cancel</Button>
                </DialogActions>
              </DialogBody>
            </DialogSurface>
          </Dialog>
          <Switch
            label="Dark theme"
            checked={host.theme === "dark"}
            onChange={(_ev, data) => host.setTheme(data.checked ? "dark" : "light")}
          />
          <span className={styles.spacer} />
          <Badge
            appearance="tint"
            aria-live="polite"
            data-testid="sync-count"
            aria-label={`Syncs: ${host.syncCount}`}
          >
            Syncs: {host.syncCount}
          </Badge>
          <Badge appearance="outline" data-testid="function-count">
            Functions: {host.engine.registeredFunctions.length}
          </Badge>
        </Toolbar>
        {(error ?? session.loadError) && (
          <MessageBar intent="error">
            <MessageBarBody>{error ?? session.loadError}</MessageBarBody>
          </MessageBar>
        )}
      </header>
      <section aria-label="Worksheet" className={styles.worksheet}>
        <div className={styles.formulaBar} aria-label="Formula bar" data-testid="formula-bar">
          <Text weight="semibold">{selection ?? ""}</Text>
          <Text>{selectedCell?.formula ?? (selectedCell ? String(selectedCell.value) : "")}</Text>
          {selectedCell?.errorMessage && <Text italic>{selectedCell.errorMessage}</Text>}
        </div>
        {activeSheet && (
          <Grid
            sheet={activeSheet}
            selection={selection}
            onSelect={(address) => guard(host.userSelect(activeSheet.name, address))}
            onEdit={(address, value: CellScalar) =>
              guard(host.userEdit(activeSheet.name, address, value))
            }
          />
        )}
        <TabList
          className={styles.tabs}
          size="small"
          aria-label="Sheets"
          selectedValue={activeSheet?.id}
          onTabSelect={(_ev, data) => {
            const sheet = model.sheets.find((s) => s.id === data.value);
            if (sheet) guard(host.userActivate(sheet.name));
          }}
        >
          {model.sheets
            .filter((s) => s.visibility === "Visible")
            .map((s) => (
              <Tab key={s.id} value={s.id}>
                {s.name}
              </Tab>
            ))}
        </TabList>
      </section>
    </FluentProvider>
  );
}
