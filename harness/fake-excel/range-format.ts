/** The fake `RangeFormat` with its fill and font: styles of the cells a range covers. */
import { MAX_COLUMNS, cellAddress } from "./address";
import { FakeClientObject, FakeRequestContext, engineOf } from "./client-base";
import { CellModel, CellStyle } from "./model";
import { FakeRange, range } from "./range";

const DEFAULT_COLUMN_WIDTH = 48;
export const DEFAULT_ROW_HEIGHT = 15;

function styleOf(cell: CellModel | undefined): CellStyle {
  return cell?.style ?? {};
}

abstract class FakeStyleObject extends FakeClientObject {
  constructor(
    context: FakeRequestContext,
    typeName: string,
    protected readonly owner: FakeRange
  ) {
    super(context, typeName);
  }

  protected override _bind(): boolean {
    this.owner._target();
    return true;
  }

  /** A style property over the range: the common value, or null when cells differ. */
  protected _common<T>(pick: (cell: CellModel | undefined) => T): T | null {
    const { sheet, rect } = this.owner._target();
    let first: T | undefined;
    let set = false;
    const limit = Math.min(rect.r1, rect.r0 + 2000);
    const climit = Math.min(rect.c1, rect.c0 + 200);
    for (let r = rect.r0; r <= limit; r++) {
      for (let c = rect.c0; c <= climit; c++) {
        const v = pick(sheet.cells[cellAddress(r, c)]);
        if (!set) {
          first = v;
          set = true;
        } else if (v !== first) return null;
      }
    }
    return first ?? null;
  }

  protected _style(name: string, value: unknown, f: (style: CellStyle) => void): void {
    this._set(name, value, () => {
      const { sheet, rect } = this.owner._target();
      engineOf(this.context).mutateBlock(sheet, rect, (cell) => {
        const style = { ...(cell.style ?? {}) };
        f(style);
        for (const k of Object.keys(style) as (keyof CellStyle)[])
          if (style[k] === undefined) delete style[k];
        if (Object.keys(style).length) cell.style = style;
        else delete cell.style;
      });
    });
  }
}

export class FakeRangeFormat extends FakeStyleObject {
  readonly fill: FakeRangeFill;
  readonly font: FakeRangeFont;

  constructor(context: FakeRequestContext, owner: FakeRange) {
    super(context, "RangeFormat", owner);
    this.fill = new FakeRangeFill(context, owner);
    this.font = new FakeRangeFont(context, owner);
  }

  protected override _nav(name: string): FakeClientObject | undefined {
    if (name === "fill") return this.fill;
    if (name === "font") return this.font;
    return undefined;
  }

  protected _scalarNames(): readonly string[] {
    return ["wrapText", "columnWidth", "horizontalAlignment", "verticalAlignment"];
  }

  protected _read(name: string): unknown {
    const { sheet, rect } = this.owner._target();
    switch (name) {
      case "wrapText":
        return this._common((c) => styleOf(c).wrapText === true);
      case "horizontalAlignment":
        return this._common((c) => styleOf(c).horizontalAlignment ?? "General");
      case "verticalAlignment":
        return this._common((c) => styleOf(c).verticalAlignment ?? "Bottom");
      case "columnWidth": {
        const ws = range(rect.c0, Math.min(rect.c1, rect.c0 + 200)).map(
          (c) => sheet.columns[c + 1]?.width ?? DEFAULT_COLUMN_WIDTH
        );
        return ws.every((w) => w === ws[0]) ? ws[0] : null;
      }
    }
    return undefined;
  }

  get wrapText(): boolean | null {
    return this._get("wrapText");
  }
  set wrapText(value: boolean) {
    this._style("wrapText", value, (s) => {
      s.wrapText = value || undefined;
    });
  }
  get horizontalAlignment(): string | null {
    return this._get("horizontalAlignment");
  }
  set horizontalAlignment(value: string) {
    this._style("horizontalAlignment", value, (s) => {
      s.horizontalAlignment = value === "General" ? undefined : value;
    });
  }
  get verticalAlignment(): string | null {
    return this._get("verticalAlignment");
  }
  set verticalAlignment(value: string) {
    this._style("verticalAlignment", value, (s) => {
      s.verticalAlignment = value === "Bottom" ? undefined : value;
    });
  }
  get columnWidth(): number | null {
    return this._get("columnWidth");
  }
  set columnWidth(value: number) {
    this._set("columnWidth", value, () => {
      const { sheet, rect } = this.owner._target();
      for (let c = rect.c0; c <= Math.min(rect.c1, rect.c0 + MAX_COLUMNS); c++)
        (sheet.columns[c + 1] ??= {}).width = value;
    });
  }
}

export class FakeRangeFill extends FakeStyleObject {
  constructor(context: FakeRequestContext, owner: FakeRange) {
    super(context, "RangeFill", owner);
  }
  protected _scalarNames(): readonly string[] {
    return ["color"];
  }
  protected _read(): unknown {
    return this._common((c) => styleOf(c).fill ?? "#FFFFFF");
  }
  get color(): string | null {
    return this._get("color");
  }
  set color(value: string) {
    this._style("color", value, (s) => {
      s.fill = normalizeColor(value);
    });
  }
  clear(): void {
    this._style("clear", undefined, (s) => {
      delete s.fill;
    });
  }
}

export class FakeRangeFont extends FakeStyleObject {
  constructor(context: FakeRequestContext, owner: FakeRange) {
    super(context, "RangeFont", owner);
  }
  protected _scalarNames(): readonly string[] {
    return ["bold", "italic", "color"];
  }
  protected _read(name: string): unknown {
    if (name === "bold") return this._common((c) => styleOf(c).bold === true);
    if (name === "italic") return this._common((c) => styleOf(c).italic === true);
    return this._common((c) => styleOf(c).fontColor ?? "#000000");
  }
  get bold(): boolean | null {
    return this._get("bold");
  }
  set bold(value: boolean) {
    this._style("bold", value, (s) => {
      s.bold = value || undefined;
    });
  }
  get italic(): boolean | null {
    return this._get("italic");
  }
  set italic(value: boolean) {
    this._style("italic", value, (s) => {
      s.italic = value || undefined;
    });
  }
  get color(): string | null {
    return this._get("color");
  }
  set color(value: string) {
    this._style("color", value, (s) => {
      s.fontColor = normalizeColor(value);
    });
  }
}

const NAMED_COLORS: Record<string, string> = {
  red: "#FF0000",
  green: "#008000",
  blue: "#0000FF",
  yellow: "#FFFF00",
  white: "#FFFFFF",
  black: "#000000",
  orange: "#FFA500",
  gray: "#808080",
  grey: "#808080",
  lightgreen: "#90EE90",
  lightyellow: "#FFFFE0",
  lightgray: "#D3D3D3",
};

function normalizeColor(value: string): string | undefined {
  if (!value) return undefined;
  const named = NAMED_COLORS[value.toLowerCase()];
  if (named) return named;
  const m = /^#?([0-9a-f]{6})$/i.exec(value);
  return m ? `#${m[1].toUpperCase()}` : value;
}
