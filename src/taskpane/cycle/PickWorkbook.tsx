/**
 * "Pick a workbook": a Fluent Button in front of a hidden file input. The file is read in the browser and checked
 * by the same pipeline as the open workbook (readPicked; the reader with ExcelJS is an async chunk fetched on the
 * first pick); nothing is uploaded.
 */
import * as React from "react";
import { Body1, Button, Spinner } from "@fluentui/react-components";
import { localToday } from "../hooks";
import { assessPicked, fileBytes, type PickedOutcome } from "./readPicked";

export type PickedWorkbook = Extract<PickedOutcome, { ok: true }>;

export interface PickWorkbookProps {
  /** The button's words, e.g. "Compare with…". */
  label: string;
  onPicked: (picked: PickedWorkbook) => void;
  reportError: (error: unknown) => void;
}

export function PickWorkbook({
  label,
  onPicked,
  reportError,
}: PickWorkbookProps): React.JSX.Element {
  const input = React.useRef<HTMLInputElement>(null);
  const [reading, setReading] = React.useState<string | null>(null);
  const [problem, setProblem] = React.useState<string | null>(null);

  const read = async (file: File): Promise<void> => {
    setReading(file.name);
    setProblem(null);
    try {
      const outcome = await assessPicked(file.name, await fileBytes(file), localToday());
      if (outcome.ok) onPicked(outcome);
      else setProblem(outcome.message);
    } catch (error) {
      reportError(error);
    } finally {
      setReading(null);
    }
  };

  return (
    <>
      <div>
        <Button
          appearance="primary"
          disabled={reading !== null}
          onClick={() => input.current?.click()}
        >
          {label}
        </Button>
        <input
          ref={input}
          type="file"
          hidden
          aria-label={label}
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            // Cleared so that picking the same file again reads it again.
            event.currentTarget.value = "";
            if (file) void read(file);
          }}
        />
      </div>
      {reading && <Spinner size="tiny" label={`Reading ${reading}…`} />}
      {problem && (
        <Body1 as="p" role="alert">
          Cannot use {problem}
        </Body1>
      )}
    </>
  );
}

/** "'MSP Checklist'!C12" or "Checklist!C12" back to the sheet and cell; null for anything else. */
export function splitCellWords(words: string): { sheet: string; cell: string } | null {
  const bang = words.lastIndexOf("!");
  if (bang <= 0) return null;
  let sheet = words.slice(0, bang);
  const cell = words.slice(bang + 1);
  if (sheet.startsWith("'") && sheet.endsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  return /^[A-Z]{1,3}\d+$/.test(cell) ? { sheet, cell } : null;
}
