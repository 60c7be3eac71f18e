/**
 * CSV: RFC 4180 quoting, and cell text neutralised against formula injection, because a spreadsheet opening the
 * file runs a cell starting with =, +, -, @ (or a tab or carriage return before them) as a formula.
 * TODO(lead): the "surgical" branch adds src/core/text/formulaSafe.ts; use it here once merged (one definition).
 */

/** Text a spreadsheet will show as text: a leading formula character is escaped with an apostrophe. */
export function formulaSafeText(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

export type CsvValue = string | number | boolean | null | undefined;

/** One CSV field: numbers and booleans as written, text neutralised and quoted when it must be. */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  if (typeof value === "number") return Number.isFinite(value) ? String(value) : "";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  const text = formulaSafeText(value);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** Lines joined with CRLF (RFC 4180), ending with one. */
export function toCsv(rows: readonly (readonly CsvValue[])[]): string {
  return rows.map((r) => r.map(csvField).join(",")).join("\r\n") + "\r\n";
}
