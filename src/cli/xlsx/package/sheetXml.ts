/**
 * Cells of one worksheet part, read and written as text: a write replaces (or inserts, in column order) only the
 * `<c>` elements of the cells it names and the `<row>` elements holding them; every other byte of the part stays.
 */
import { formatCellRef, parseCellRef, type CellRef } from "./address";
import {
  attribute,
  cellText,
  element,
  elements,
  escapeXml,
  rootPrefix,
  withAttribute,
} from "./xml";

/** What a cell is set to: a value (null empties it, keeping its format) or a formula (without "="). */
export type CellData = string | number | boolean | null | { formula: string };

export interface ReadCell {
  value: string | number | boolean | null;
  /** The formula without "=", when the cell has one of its own (a shared formula's master or a plain one). */
  formula?: string;
  /** The style index (s attribute), when there is one. */
  style?: number;
}

/** Renders one cell for a write, knowing the style index the cell had (undefined for a new cell). */
export type CellRender = (ref: string, existingStyle: number | undefined) => string;

export interface PlannedWrite {
  ref: CellRef;
  render: CellRender;
}

/** The `<c>` element for a value; `prefix` is the worksheet's namespace prefix ("" or "x:"). */
export function cellXml(
  prefix: string,
  ref: string,
  data: CellData,
  style: number | undefined
): string {
  const s = style ? ` s="${style}"` : "";
  const c = `${prefix}c`;
  if (data === null || data === undefined) return `<${c} r="${ref}"${s}/>`;
  if (typeof data === "object")
    return `<${c} r="${ref}"${s}><${prefix}f>${escapeXml(data.formula)}</${prefix}f></${c}>`;
  if (typeof data === "number") {
    if (!Number.isFinite(data))
      return `<${c} r="${ref}"${s} t="e"><${prefix}v>#NUM!</${prefix}v></${c}>`;
    return `<${c} r="${ref}"${s}><${prefix}v>${String(data)}</${prefix}v></${c}>`;
  }
  if (typeof data === "boolean")
    return `<${c} r="${ref}"${s} t="b"><${prefix}v>${data ? 1 : 0}</${prefix}v></${c}>`;
  const space = /^\s|\s$|\n/.test(data) ? ' xml:space="preserve"' : "";
  return `<${c} r="${ref}"${s} t="inlineStr"><${prefix}is><${prefix}t${space}>${escapeXml(data)}</${prefix}t></${prefix}is></${c}>`;
}

interface RowSpan {
  r: number;
  start: number;
  openEnd: number;
  closeStart: number;
  end: number;
  attrs: string;
  selfClosing: boolean;
}

function sheetDataOf(xml: string, prefix: string) {
  const data = element(xml, prefix, "sheetData");
  if (!data) throw new Error("the worksheet has no <sheetData>");
  return data;
}

function rowsOf(xml: string, prefix: string, from: number, to: number): RowSpan[] {
  let previous = 0;
  return elements(xml, prefix, "row", from, to).map((span) => {
    const r = Number(attribute(span.attrs, "r") ?? previous + 1);
    previous = r;
    return { ...span, r };
  });
}

interface CellSpan {
  col: number;
  start: number;
  end: number;
  attrs: string;
  inner: string;
}

function cellsOf(xml: string, prefix: string, row: RowSpan): CellSpan[] {
  let previous = 0;
  return elements(xml, prefix, "c", row.openEnd, row.closeStart).map((span) => {
    const r = attribute(span.attrs, "r");
    const col = (r ? parseCellRef(r)?.col : undefined) ?? previous + 1;
    previous = col;
    return {
      col,
      start: span.start,
      end: span.end,
      attrs: span.attrs,
      inner: xml.slice(span.openEnd, span.closeStart),
    };
  });
}

function styleOf(attrs: string): number | undefined {
  const s = attribute(attrs, "s");
  return s === undefined ? undefined : Number(s);
}

function firstText(inner: string, prefix: string, local: string): string | undefined {
  const span = element(inner, prefix, local);
  return span ? inner.slice(span.openEnd, span.closeStart) : undefined;
}

function inlineText(inner: string, prefix: string): string {
  const is = element(inner, prefix, "is");
  if (!is) return "";
  const body = inner
    .slice(is.openEnd, is.closeStart)
    .replace(/<(\w+:)?rPh\b[\s\S]*?<\/(\w+:)?rPh>/g, "");
  return elements(body, prefix, "t")
    .map((t) => cellText(body.slice(t.openEnd, t.closeStart)))
    .join("");
}

/** Every cell of a worksheet part by A1 address (shared strings resolved with `sharedString`). */
export function readSheetCells(
  xml: string,
  sharedString: (index: number) => string
): Map<string, ReadCell> {
  const prefix = rootPrefix(xml, "worksheet");
  const data = sheetDataOf(xml, prefix);
  const out = new Map<string, ReadCell>();
  for (const row of rowsOf(xml, prefix, data.openEnd, data.closeStart)) {
    if (row.selfClosing) continue;
    for (const cell of cellsOf(xml, prefix, row)) {
      const type = attribute(cell.attrs, "t") ?? "n";
      const v = firstText(cell.inner, prefix, "v");
      const f = firstText(cell.inner, prefix, "f");
      let value: ReadCell["value"] = null;
      if (type === "inlineStr") value = inlineText(cell.inner, prefix);
      else if (v !== undefined) {
        if (type === "s") value = sharedString(Number(v));
        else if (type === "b") value = v.trim() === "1";
        else if (type === "str" || type === "e" || type === "d") value = cellText(v);
        else value = Number(v);
      }
      const read: ReadCell = { value };
      if (f !== undefined && f.trim() !== "") read.formula = cellText(f);
      const style = styleOf(cell.attrs);
      if (style !== undefined) read.style = style;
      out.set(formatCellRef({ row: row.r, col: cell.col }), read);
    }
  }
  return out;
}

function mergeDimension(xml: string, prefix: string, writes: readonly PlannedWrite[]): string {
  const dim = element(xml, prefix, "dimension");
  if (!dim || !writes.length) return xml;
  const ref = attribute(dim.attrs, "ref") ?? "A1";
  const [from, to = from] = ref.split(":");
  const a = parseCellRef(from);
  const b = parseCellRef(to);
  if (!a || !b) return xml;
  let top = Math.min(a.row, b.row);
  let left = Math.min(a.col, b.col);
  let bottom = Math.max(a.row, b.row);
  let right = Math.max(a.col, b.col);
  const empty = ref === "A1" && !/<(\w+:)?c[\s>/]/.test(xml);
  if (empty) {
    top = Infinity;
    left = Infinity;
    bottom = 0;
    right = 0;
  }
  for (const w of writes) {
    top = Math.min(top, w.ref.row);
    left = Math.min(left, w.ref.col);
    bottom = Math.max(bottom, w.ref.row);
    right = Math.max(right, w.ref.col);
  }
  const next = `${formatCellRef({ row: top, col: left })}:${formatCellRef({ row: bottom, col: right })}`;
  if (next === ref) return xml;
  const tag = `<${prefix}dimension${withAttribute(dim.attrs, "ref", next)}${dim.selfClosing ? "/" : ""}>`;
  return xml.slice(0, dim.start) + tag + xml.slice(dim.openEnd);
}

function rowContent(
  xml: string,
  prefix: string,
  row: RowSpan | undefined,
  writes: PlannedWrite[]
): string {
  const existing = row && !row.selfClosing ? cellsOf(xml, prefix, row) : [];
  const byCol = new Map<number, PlannedWrite>();
  for (const w of writes) byCol.set(w.ref.col, w);
  const parts: string[] = [];
  let cursor = row ? row.openEnd : 0;
  const cols = [...byCol.keys()].sort((x, y) => x - y);
  let next = 0;
  const flushBefore = (col: number) => {
    while (next < cols.length && cols[next] < col) {
      const w = byCol.get(cols[next])!;
      parts.push(w.render(formatCellRef(w.ref), undefined));
      next++;
    }
  };
  for (const cell of existing) {
    flushBefore(cell.col);
    parts.push(xml.slice(cursor, cell.start));
    const w = byCol.get(cell.col);
    if (w) {
      parts.push(w.render(formatCellRef(w.ref), styleOf(cell.attrs)));
      next = cols.indexOf(cell.col) + 1;
    } else parts.push(xml.slice(cell.start, cell.end));
    cursor = cell.end;
  }
  flushBefore(Infinity);
  if (row && !row.selfClosing) parts.push(xml.slice(cursor, row.closeStart));
  return parts.join("");
}

/** The worksheet part with the planned cells written; rows are created where needed, in order. */
export function writeSheetCells(xml: string, writes: readonly PlannedWrite[]): string {
  if (!writes.length) return xml;
  const prefix = rootPrefix(xml, "worksheet");
  const byRow = new Map<number, PlannedWrite[]>();
  for (const w of writes) {
    const list = byRow.get(w.ref.row) ?? [];
    list.push(w);
    byRow.set(w.ref.row, list);
  }
  xml = mergeDimension(xml, prefix, writes);
  let data = sheetDataOf(xml, prefix);
  if (data.selfClosing) {
    const open = `<${prefix}sheetData${data.attrs}>`;
    xml = `${xml.slice(0, data.start)}${open}</${prefix}sheetData>${xml.slice(data.end)}`;
    data = sheetDataOf(xml, prefix);
  }
  const rows = rowsOf(xml, prefix, data.openEnd, data.closeStart);
  const wanted = [...byRow.keys()].sort((x, y) => x - y);
  const parts: string[] = [];
  let cursor = 0;
  let w = 0;
  const newRow = (r: number) =>
    `<${prefix}row r="${r}">${rowContent(xml, prefix, undefined, byRow.get(r)!)}</${prefix}row>`;
  for (const row of rows) {
    if (w >= wanted.length) break;
    const before: string[] = [];
    while (w < wanted.length && wanted[w] < row.r) before.push(newRow(wanted[w++]));
    if (before.length) {
      parts.push(xml.slice(cursor, row.start), before.join(""));
      cursor = row.start;
    }
    if (w < wanted.length && wanted[w] === row.r) {
      const cells = rowContent(xml, prefix, row, byRow.get(row.r)!);
      // spans is only a hint for the row's columns; a written cell may fall outside it, so it goes.
      const attrs = row.attrs
        .replace(/\sspans\s*=\s*("[^"]*"|'[^']*')/, "")
        .replace(/\s*\/\s*$/, "");
      parts.push(xml.slice(cursor, row.start), `<${prefix}row${attrs}>${cells}</${prefix}row>`);
      cursor = row.end;
      w++;
    }
  }
  const tail: string[] = [];
  while (w < wanted.length) tail.push(newRow(wanted[w++]));
  parts.push(xml.slice(cursor, data.closeStart), tail.join(""), xml.slice(data.closeStart));
  return parts.join("");
}
