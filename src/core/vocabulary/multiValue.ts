/**
 * Splitting a multi-value cell (several evidence links, several dates) into its values: the one set of rules used
 * by the workbook reader, the link parser and the evidence rules, so a cell means the same wherever it is read.
 *
 * Values are separated by line breaks and semicolons. Links may also be separated by commas, or by spaces before a
 * new link; text between links stays attached to the link before it ("https://a.com/my file.pdf" stays one value,
 * reported as malformed rather than silently cut). Dates may also be separated by commas, but only when every
 * piece reads as a whole date, so "March 4, 2025" stays one date.
 */
import type { CellValue } from "../model";

/** Line breaks (including Unicode's line and paragraph separators) and semicolons. */
const LINE_OR_SEMICOLON = /[\r\n;\u2028\u2029]+/;
const LINK_SEPARATORS = /[\r\n,;\u2028\u2029]+/;

/** Where a new link starts inside a run of text: a scheme with "//", a scheme that takes none, or "www.". */
const LINK_START = String.raw`(?:[a-z][a-z0-9+.-]{0,15}:\/\/|(?:mailto|javascript|data|file|tel|vbscript):|www\.)`;
const SPLIT_BEFORE_LINK = new RegExp(String.raw`\s+(?=[<"'\u201c\u2018(\[]?${LINK_START})`, "i");

/**
 * The links in one cell: separated by newlines, commas, semicolons, or spaces before a new link; a leading word
 * before the first link becomes its own value. Empty pieces are dropped; anything but text holds no links.
 */
export function splitLinks(text: unknown): string[] {
  if (typeof text !== "string") return [];
  const out: string[] = [];
  for (const segment of text.split(LINK_SEPARATORS)) {
    for (const piece of segment.split(SPLIT_BEFORE_LINK)) {
      const trimmed = piece.trim();
      if (trimmed !== "") out.push(trimmed);
    }
  }
  return out;
}

/**
 * The dates in one cell. A date, a serial number or any non-text value is one date; an empty cell holds none.
 * Text lists one date per line or semicolon, and commas separate dates only when every piece `isDate`.
 */
export function splitDateValues(value: CellValue, isDate: (piece: string) => boolean): CellValue[] {
  if (value === null || value === undefined) return [];
  if (typeof value !== "string") return [value];
  return value
    .split(LINE_OR_SEMICOLON)
    .map((p) => p.trim())
    .filter((p) => p !== "")
    .flatMap((piece) => {
      if (!piece.includes(",") || isDate(piece)) return [piece];
      const parts = piece
        .split(",")
        .map((p) => p.trim())
        .filter((p) => p !== "");
      return parts.length > 1 && parts.every(isDate) ? parts : [piece];
    });
}
