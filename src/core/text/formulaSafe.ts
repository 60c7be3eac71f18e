/**
 * Formula injection (OWASP "CSV Injection"): text a person typed, copied into a cell or an export, must never be
 * taken for a formula by Excel, LibreOffice or a spreadsheet importing a CSV. A value is dangerous when it starts
 * with `=`, `+`, `-`, `@`, a tab or a carriage return, or with the full-width forms `＝ ＋ － ＠` (an East Asian IME
 * types those, and Excel converts them to a formula on entry).
 *
 * Decision: in a cell, the text is written unchanged with Excel's quote prefix (the leading apostrophe Excel itself
 * adds when a person types '=1+1): the cell shows and returns exactly the text, and it is never evaluated. Through
 * Office.js that is the value prefixed with "'" (Excel strips it and sets the quote prefix); in an .xlsx written by
 * the CLI it is a string cell whose style has quotePrefix="1". Only a CSV (no cell styles) gets the visible
 * OWASP prefix, a leading apostrophe, because there is no invisible way there.
 */

const DANGEROUS_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

/** True when a spreadsheet could read the text as a formula (or a DDE call) if it were typed into a cell. */
export function isFormulaLike(text: string): boolean {
  return DANGEROUS_START.test(text);
}

/**
 * The value to hand to Office.js `range.values` so the cell holds exactly `text`, as text: a leading apostrophe for
 * formula-like text and for text that itself starts with an apostrophe (Excel would swallow that one).
 */
export function cellInputForText(text: string): string {
  return isFormulaLike(text) || text.startsWith("'") ? `'${text}` : text;
}

/** Any value on its way to Office.js `range.values`: text is made safe, numbers and booleans pass. */
export function safeCellInput<T>(value: T): T | string {
  return typeof value === "string" ? cellInputForText(value) : value;
}

/** One CSV field, OWASP style: formula-like text gets a leading apostrophe; quoted when needed. */
export function csvField(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && isFormulaLike(text)) text = `'${text}`;
  return /[",\r\n\t]/.test(text) || text !== text.trim() ? `"${text.replace(/"/g, '""')}"` : text;
}
