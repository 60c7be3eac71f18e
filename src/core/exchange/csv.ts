/**
 * CSV for the exchange commands: RFC 4180 lines (CRLF), each field through core/text/formulaSafe's csvField, so
 * text a partner typed cannot run as a formula when the file is opened in a spreadsheet.
 */
import { csvField as safeField } from "../text/formulaSafe";

export type CsvValue = string | number | boolean | null | undefined;

/** One field: numbers as written, booleans as Excel writes them, text neutralised and quoted when it must be. */
export function csvField(value: CsvValue): string {
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return safeField(value);
}

/** Lines joined with CRLF (RFC 4180), ending with one. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}
