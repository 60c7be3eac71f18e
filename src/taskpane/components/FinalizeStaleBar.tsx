/**
 * The live header's note when the answers changed after the workbook was finalized (the snapshot's `finalized`,
 * core/workbook/stamps.ts): the date it was finalized and a one-click "Finalize again" (the port's finalize). Renders
 * nothing otherwise. Initial code: only types from src/excel.
 */
import * as React from "react";
import { Button, Caption1, makeStyles, tokens } from "@fluentui/react-components";
import type { AssessmentSnapshot } from "../../excel/assessmentStore";
import type { AssessmentPort } from "../../excel/port";

const useStyles = makeStyles({
  bar: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalS,
    rowGap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorPaletteYellowBackground1,
    border: `${tokens.strokeWidthThin} solid ${tokens.colorPaletteYellowBorder1}`,
  },
});

export interface FinalizeStaleBarProps {
  port: AssessmentPort;
  snapshot: Pick<AssessmentSnapshot, "finalized">;
}

export function FinalizeStaleBar({
  port,
  snapshot,
}: FinalizeStaleBarProps): React.JSX.Element | null {
  const styles = useStyles();
  const [busy, setBusy] = React.useState(false);
  const [error, setError] = React.useState<string | null>(null);
  const finalized = snapshot.finalized;
  if (!finalized?.stale) return null;

  const finalizeAgain = () => {
    setBusy(true);
    setError(null);
    port
      .finalize()
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)))
      .finally(() => setBusy(false));
  };

  return (
    <div className={styles.bar} role="status" aria-live="polite">
      <Caption1>Changed since finalize on {finalized.at}</Caption1>
      <Button size="small" appearance="primary" disabled={busy} onClick={finalizeAgain}>
        {busy ? "Finalizing…" : "Finalize again"}
      </Button>
      {error && <Caption1 role="alert">Could not finalize: {error}</Caption1>}
    </div>
  );
}
