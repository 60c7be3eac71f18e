import * as React from "react";
import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import { cellAddress, columnLetters, parseAddress, parseCell, Rect } from "../fake-excel/address";
import { formatValue } from "../fake-excel/format";
import type { CellModel, CellScalar, SheetModel } from "../fake-excel/model";
import { ERROR_STRINGS } from "../fake-excel/engine";
import { columnPx, textOn } from "./cellLook";

const useStyles = makeStyles({
  scroller: {
    flex: "1 1 auto",
    overflow: "auto",
    outline: "none",
    backgroundColor: tokens.colorNeutralBackground1,
  },
  table: {
    borderCollapse: "separate",
    borderSpacing: 0,
    tableLayout: "fixed",
    fontFamily: tokens.fontFamilyBase,
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground1,
  },
  header: {
    position: "sticky",
    top: 0,
    zIndex: 2,
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    borderBottom: `1px solid ${tokens.colorNeutralStroke1}`,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    height: "22px",
    textAlign: "center",
  },
  rowHeader: {
    position: "sticky",
    left: 0,
    zIndex: 1,
    width: "44px",
    backgroundColor: tokens.colorNeutralBackground3,
    color: tokens.colorNeutralForeground2,
    fontWeight: tokens.fontWeightRegular,
    borderRight: `1px solid ${tokens.colorNeutralStroke1}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    textAlign: "center",
  },
  corner: {
    left: 0,
    zIndex: 3,
    width: "44px",
  },
  cell: {
    height: "20px",
    padding: `0 ${tokens.spacingHorizontalXS}`,
    borderRight: `1px solid ${tokens.colorNeutralStroke2}`,
    borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    whiteSpace: "nowrap",
    overflow: "hidden",
    textOverflow: "ellipsis",
    cursor: "cell",
    verticalAlign: "top",
  },
  wrap: {
    whiteSpace: "normal",
    overflowWrap: "anywhere",
  },
  number: {
    textAlign: "right",
  },
  error: {
    color: tokens.colorPaletteRedForeground1,
  },
  computed: {
    fontStyle: "italic",
  },
  selected: {
    outline: `2px solid ${tokens.colorBrandStroke1}`,
    outlineOffset: "-2px",
  },
  inRange: {
    backgroundColor: tokens.colorBrandBackground2,
  },
  hiddenRow: {
    height: "4px",
    lineHeight: "4px",
    fontSize: "0",
    backgroundColor: tokens.colorNeutralBackground5,
    color: "transparent",
  },
  frozenEdge: {
    borderBottom: `2px solid ${tokens.colorNeutralStroke1}`,
  },
  editor: {
    width: "100%",
    boxSizing: "border-box",
    border: "none",
    outline: "none",
    fontFamily: "inherit",
    fontSize: "inherit",
    padding: 0,
    backgroundColor: tokens.colorNeutralBackground1,
    color: tokens.colorNeutralForeground1,
  },
});

export interface GridProps {
  sheet: SheetModel;
  /** Local selection address on this sheet, if the selection is here. */
  selection: string | undefined;
  onSelect: (address: string) => void;
  onEdit: (address: string, value: CellScalar) => void;
}

interface Extent {
  rows: number;
  cols: number;
}

function extentOf(sheet: SheetModel): Extent {
  let rows = 0;
  let cols = 0;
  for (const a of Object.keys(sheet.cells)) {
    const p = parseCell(a);
    if (!p) continue;
    rows = Math.max(rows, p.row + 1);
    cols = Math.max(cols, p.col + 1);
  }
  return {
    rows: Math.min(Math.max(rows + 5, 30), 1000),
    cols: Math.min(Math.max(cols + 2, 8), 60),
  };
}

function listOptions(sheet: SheetModel, row: number, col: number): string[] | undefined {
  for (const v of sheet.validations) {
    if (v.type !== "list" || v.source.startsWith("=")) continue;
    const p = parseAddress(v.ref);
    if (p && row >= p.rect.r0 && row <= p.rect.r1 && col >= p.rect.c0 && col <= p.rect.c1) {
      return v.source.split(",").map((s) => s.trim());
    }
  }
  return undefined;
}

function mergeMap(sheet: SheetModel): { anchors: Map<string, Rect>; covered: Set<string> } {
  const anchors = new Map<string, Rect>();
  const covered = new Set<string>();
  for (const m of sheet.merges) {
    const p = parseAddress(m);
    if (!p) continue;
    anchors.set(cellAddress(p.rect.r0, p.rect.c0), p.rect);
    for (let r = p.rect.r0; r <= p.rect.r1; r++) {
      for (let c = p.rect.c0; c <= p.rect.c1; c++)
        if (r !== p.rect.r0 || c !== p.rect.c0) covered.add(cellAddress(r, c));
    }
  }
  return { anchors, covered };
}

function cellStyle(cell: CellModel | undefined): React.CSSProperties {
  const s = cell?.style;
  if (!s) return {};
  return {
    backgroundColor: s.fill,
    color: textOn(s.fill, s.fontColor),
    fontWeight: s.bold ? 600 : undefined,
    fontStyle: s.italic ? "italic" : undefined,
    textAlign:
      s.horizontalAlignment === "Center"
        ? "center"
        : s.horizontalAlignment === "Right"
          ? "right"
          : undefined,
  };
}

export function Grid({ sheet, selection, onSelect, onEdit }: GridProps): React.ReactElement {
  const styles = useStyles();
  const [editing, setEditing] = React.useState<{ address: string; draft: string } | undefined>();
  const scroller = React.useRef<HTMLDivElement>(null);
  const extent = extentOf(sheet);
  const { anchors, covered } = mergeMap(sheet);
  const selRect = selection ? parseAddress(selection)?.rect : undefined;
  const active = selRect ? { row: selRect.r0, col: selRect.c0 } : undefined;

  React.useEffect(() => setEditing(undefined), [sheet.id]);

  const startEdit = (address: string, initial?: string): void => {
    const cell = sheet.cells[address];
    const current = cell?.formula ?? (cell?.value === undefined ? "" : String(cell.value));
    setEditing({ address, draft: initial ?? current });
  };

  const commit = (address: string, value: string): void => {
    setEditing(undefined);
    onEdit(address, value);
    scroller.current?.focus();
  };

  const move = (dr: number, dc: number): void => {
    if (!active) return;
    let row = Math.max(0, active.row + dr);
    const col = Math.max(0, active.col + dc);
    while (dr !== 0 && sheet.rows[row + 1]?.hidden && row + dr >= 0) row += dr;
    onSelect(cellAddress(row, col));
  };

  const onKeyDown = (ev: React.KeyboardEvent<HTMLDivElement>): void => {
    if (editing || !active) return;
    const address = cellAddress(active.row, active.col);
    switch (ev.key) {
      case "ArrowDown":
        move(1, 0);
        break;
      case "ArrowUp":
        move(-1, 0);
        break;
      case "ArrowLeft":
        move(0, -1);
        break;
      case "ArrowRight":
      case "Tab":
        move(0, 1);
        break;
      case "Enter":
      case "F2":
        startEdit(address);
        break;
      case "Delete":
      case "Backspace":
        onEdit(address, "");
        break;
      default:
        if (ev.key.length === 1 && !ev.ctrlKey && !ev.metaKey && !ev.altKey) {
          startEdit(address, ev.key);
        } else return;
    }
    ev.preventDefault();
  };

  const columns: number[] = [];
  for (let c = 0; c < extent.cols; c++) columns.push(c);
  const rows: number[] = [];
  for (let r = 0; r < extent.rows; r++) rows.push(r);
  // The table is as wide as its columns: a fixed layout without a width lets the browser squeeze them.
  const widths = columns.map((c) =>
    columnPx(sheet.columns[c + 1]?.width, sheet.columns[c + 1]?.hidden)
  );
  const tableWidth = 44 + widths.reduce((a, b) => a + b, 0);

  return (
    <div
      ref={scroller}
      className={styles.scroller}
      tabIndex={0}
      onKeyDown={onKeyDown}
      data-testid="harness-grid"
    >
      <table
        role="grid"
        aria-label={`Worksheet ${sheet.name}`}
        aria-rowcount={extent.rows + 1}
        aria-colcount={extent.cols + 1}
        className={styles.table}
        style={{ width: `${tableWidth}px` }}
      >
        <colgroup>
          <col style={{ width: "44px" }} />
          {columns.map((c) => (
            <col key={c} style={{ width: `${widths[c]}px` }} />
          ))}
        </colgroup>
        <thead>
          <tr role="row" aria-rowindex={1}>
            <th
              role="columnheader"
              className={mergeClasses(styles.header, styles.corner)}
              aria-label="Corner"
            />
            {columns.map((c) => (
              <th
                key={c}
                role="columnheader"
                className={styles.header}
                aria-label={`Column ${columnLetters(c)}`}
              >
                {sheet.columns[c + 1]?.hidden ? "" : columnLetters(c)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => {
            const hidden = sheet.rows[r + 1]?.hidden === true;
            const frozenEdge = sheet.frozenRows > 0 && r === sheet.frozenRows - 1;
            return (
              <tr
                key={r}
                role="row"
                aria-rowindex={r + 2}
                data-hidden={hidden ? "true" : undefined}
                className={hidden ? styles.hiddenRow : undefined}
                title={hidden ? `Row ${r + 1} (hidden)` : undefined}
              >
                <th
                  role="rowheader"
                  className={mergeClasses(styles.rowHeader, hidden && styles.hiddenRow)}
                >
                  {r + 1}
                </th>
                {columns.map((c) => {
                  const address = cellAddress(r, c);
                  if (covered.has(address)) return null;
                  const span = anchors.get(address);
                  const cell = sheet.cells[address];
                  const value = cell?.value ?? "";
                  const isError =
                    typeof value === "string" &&
                    ERROR_STRINGS.has(value) &&
                    !!(cell?.formula || cell?.spillFrom);
                  const isSelected = active?.row === r && active?.col === c;
                  const inRange =
                    !!selRect &&
                    !isSelected &&
                    r >= selRect.r0 &&
                    r <= selRect.r1 &&
                    c >= selRect.c0 &&
                    c <= selRect.c1;
                  const isEditing = editing?.address === address;
                  const options = isEditing ? listOptions(sheet, r, c) : undefined;
                  const titleParts = [cell?.formula, cell?.errorMessage].filter(Boolean);
                  return (
                    <td
                      key={c}
                      role="gridcell"
                      aria-label={address}
                      aria-selected={isSelected}
                      aria-readonly={false}
                      data-address={address}
                      data-value={String(value)}
                      colSpan={span ? span.c1 - span.c0 + 1 : undefined}
                      rowSpan={span ? span.r1 - span.r0 + 1 : undefined}
                      title={titleParts.length ? titleParts.join("\n") : undefined}
                      style={hidden ? undefined : cellStyle(cell)}
                      className={mergeClasses(
                        styles.cell,
                        cell?.style?.wrapText && styles.wrap,
                        typeof value === "number" && styles.number,
                        isError && styles.error,
                        cell?.formula?.toUpperCase().includes("MSP.") && styles.computed,
                        inRange && styles.inRange,
                        isSelected && styles.selected,
                        hidden && styles.hiddenRow,
                        frozenEdge && styles.frozenEdge
                      )}
                      onMouseDown={() => {
                        if (!isEditing) onSelect(address);
                      }}
                      onDoubleClick={() => startEdit(address)}
                    >
                      {isEditing && options ? (
                        <select
                          autoFocus
                          aria-label={`${address} value`}
                          className={styles.editor}
                          value={editing.draft}
                          onChange={(e) => commit(address, e.target.value)}
                          onKeyDown={(e) => {
                            if (e.key === "Escape") setEditing(undefined);
                          }}
                          onBlur={() => setEditing(undefined)}
                        >
                          {["", ...options].map((o) => (
                            <option key={o} value={o}>
                              {o}
                            </option>
                          ))}
                        </select>
                      ) : isEditing ? (
                        <input
                          autoFocus
                          aria-label={`${address} value`}
                          className={styles.editor}
                          value={editing.draft}
                          onChange={(e) => setEditing({ address, draft: e.target.value })}
                          onKeyDown={(e) => {
                            if (e.key === "Enter") {
                              commit(address, editing.draft);
                              onSelect(cellAddress(r + 1, c));
                            } else if (e.key === "Escape") {
                              setEditing(undefined);
                              scroller.current?.focus();
                            }
                          }}
                          onBlur={() => {
                            if (editing) commit(address, editing.draft);
                          }}
                        />
                      ) : hidden ? null : (
                        formatValue(value, cell?.numberFormat)
                      )}
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
