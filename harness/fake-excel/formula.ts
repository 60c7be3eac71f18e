/**
 * A small formula engine: tokenizer, parser and evaluator for the subset of Excel formulas the harness needs
 * (arithmetic, comparisons, &, references across sheets, SUM, SUMPRODUCT, COUNTIF(S), SUMIF(S), COUNTA, IF, AND,
 * OR, MATCH, TRIM, DATEDIF, DATE, TODAY, ... and `MSP.*` custom functions through a callback), with Excel's dynamic
 * array semantics: a range or array where a function expects one value gives an array of results. Every function
 * the finalized workbook's native formulas use (src/core/workbook/native.ts, layout.ts) follows Excel exactly.
 * Anything else evaluates to "#UNSUPPORTED".
 */
import { MAX_COLUMNS, MAX_ROWS, Rect, columnIndex, normalize } from "./address";
import {
  MAX_SERIAL,
  dateSerial,
  daysInMonth,
  isLeapYear,
  localSerial,
  parseDateText,
  serialParts,
} from "./dates";

export class ErrorValue {
  constructor(
    readonly code: string,
    readonly message?: string
  ) {}
}

/** null is an empty cell. */
export type Scalar = number | string | boolean | ErrorValue | null;
export type Matrix = Scalar[][];

export interface RangeRef {
  kind: "ref";
  sheetId: string;
  rect: Rect;
}

export type Value = Scalar | Matrix | RangeRef;

export const UNSUPPORTED = "#UNSUPPORTED";

export type Node =
  | { t: "num"; v: number }
  | { t: "str"; v: string }
  | { t: "bool"; v: boolean }
  | { t: "err"; v: string }
  | { t: "ref"; sheet?: string; rect: Rect }
  | { t: "name"; name: string }
  | { t: "call"; name: string; args: (Node | null)[] }
  | { t: "un"; op: "-" | "+" | "%"; a: Node }
  | { t: "bin"; op: string; a: Node; b: Node }
  | { t: "array"; rows: Node[][] };

// ---------------------------------------------------------------------------------------------------------------
// Tokenizer

type Token =
  | { k: "num"; v: number }
  | { k: "str"; v: string }
  | { k: "err"; v: string }
  | { k: "ref"; sheet?: string; rect: Rect }
  | { k: "func"; v: string }
  | { k: "ident"; v: string }
  | { k: "op"; v: string }
  | { k: "(" | ")" | "," | ";" | "{" | "}" };

const ERRORS = [
  "#NULL!",
  "#DIV/0!",
  "#VALUE!",
  "#REF!",
  "#NAME?",
  "#NUM!",
  "#N/A",
  "#SPILL!",
  "#CALC!",
  "#BUSY!",
];
const SHEET_PREFIX = "(?:('(?:[^']|'')+'|[A-Za-z_][A-Za-z0-9_.]*)!)?";
const CELL = "\\$?[A-Za-z]{1,3}\\$?[0-9]{1,7}";
const REF_RE = new RegExp(
  `^${SHEET_PREFIX}(${CELL}(?::${CELL})?|\\$?[A-Za-z]{1,3}:\\$?[A-Za-z]{1,3})(?![A-Za-z0-9_(.!])`
);
const FUNC_RE = /^([A-Za-z_][A-Za-z0-9_.]*)\s*\(/;
const IDENT_RE = /^[A-Za-z_\\][A-Za-z0-9_.]*/;
const NUM_RE = /^(?:[0-9]+\.?[0-9]*|\.[0-9]+)(?:[eE][+-]?[0-9]+)?/;

export class FormulaSyntaxError extends Error {}

function parseRefText(text: string): Rect | undefined {
  const parts = text.replace(/\$/g, "").split(":");
  const cell = (p: string): { row: number; col: number } | undefined => {
    const m = /^([A-Za-z]{1,3})([0-9]+)$/.exec(p);
    if (!m) return undefined;
    const row = Number(m[2]) - 1;
    const col = columnIndex(m[1]);
    return row >= 0 && row < MAX_ROWS && col >= 0 && col < MAX_COLUMNS ? { row, col } : undefined;
  };
  if (parts.length === 1) {
    const c = cell(parts[0]);
    return c && { r0: c.row, c0: c.col, r1: c.row, c1: c.col };
  }
  const a = cell(parts[0]);
  const b = cell(parts[1]);
  if (a && b) return normalize({ r0: a.row, c0: a.col, r1: b.row, c1: b.col });
  if (/^[A-Za-z]+$/.test(parts[0]) && /^[A-Za-z]+$/.test(parts[1])) {
    return normalize({
      r0: 0,
      c0: columnIndex(parts[0]),
      r1: MAX_ROWS - 1,
      c1: columnIndex(parts[1]),
    });
  }
  return undefined;
}

export function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const rest = src.slice(i);
    const ch = src[i];
    if (/\s/.test(ch)) {
      i += 1;
      continue;
    }
    if (ch === '"') {
      let j = i + 1;
      let s = "";
      for (;;) {
        if (j >= src.length) throw new FormulaSyntaxError("Unterminated string");
        if (src[j] === '"') {
          if (src[j + 1] === '"') {
            s += '"';
            j += 2;
            continue;
          }
          break;
        }
        s += src[j];
        j += 1;
      }
      out.push({ k: "str", v: s });
      i = j + 1;
      continue;
    }
    if (ch === "#") {
      const e = ERRORS.find((x) => rest.toUpperCase().startsWith(x));
      if (!e) throw new FormulaSyntaxError(`Unknown error literal at ${i}`);
      out.push({ k: "err", v: e });
      i += e.length;
      continue;
    }
    const num = NUM_RE.exec(rest);
    if (num && !/^[0-9]+:/.test(rest)) {
      out.push({ k: "num", v: Number(num[0]) });
      i += num[0].length;
      continue;
    }
    const func = FUNC_RE.exec(rest);
    if (func) {
      out.push({
        k: "func",
        v: func[1]
          .replace(/^_xlfn\./i, "")
          .replace(/^_xlws\./i, "")
          .toUpperCase(),
      });
      i += func[0].length;
      out.push({ k: "(" });
      continue;
    }
    const ref = REF_RE.exec(rest);
    if (ref) {
      const rect = parseRefText(ref[2]);
      if (!rect) throw new FormulaSyntaxError(`Bad reference ${ref[0]}`);
      let sheet = ref[1];
      if (sheet?.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
      out.push({ k: "ref", sheet, rect });
      i += ref[0].length;
      continue;
    }
    const ident = IDENT_RE.exec(rest);
    if (ident) {
      out.push({ k: "ident", v: ident[0] });
      i += ident[0].length;
      continue;
    }
    const two = rest.slice(0, 2);
    if (two === "<=" || two === ">=" || two === "<>") {
      out.push({ k: "op", v: two });
      i += 2;
      continue;
    }
    if ("+-*/^&=<>%".includes(ch)) {
      out.push({ k: "op", v: ch });
      i += 1;
      continue;
    }
    if (ch === "(" || ch === ")" || ch === "," || ch === ";" || ch === "{" || ch === "}") {
      out.push({ k: ch });
      i += 1;
      continue;
    }
    throw new FormulaSyntaxError(`Unexpected character '${ch}' at ${i}`);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Parser (precedence from low to high: comparison, &, + -, * /, ^, unary -, %)

export function parseFormula(formula: string): Node {
  const src = formula.startsWith("=") ? formula.slice(1) : formula;
  const tokens = tokenize(src);
  let pos = 0;
  const peek = (): Token | undefined => tokens[pos];
  const isOp = (t: Token | undefined, ...ops: string[]): boolean =>
    t?.k === "op" && ops.includes(t.v);
  const expect = (k: Token["k"]): void => {
    if (tokens[pos]?.k !== k) throw new FormulaSyntaxError(`Expected '${k}'`);
    pos += 1;
  };

  const binaryLevel = (ops: string[], next: () => Node) => (): Node => {
    let left = next();
    for (;;) {
      const t = peek();
      if (t?.k === "op" && ops.includes(t.v)) {
        pos += 1;
        left = { t: "bin", op: t.v, a: left, b: next() };
      } else return left;
    }
  };

  const primary = (): Node => {
    const t = tokens[pos];
    if (!t) throw new FormulaSyntaxError("Unexpected end of formula");
    pos += 1;
    switch (t.k) {
      case "num":
        return { t: "num", v: t.v };
      case "str":
        return { t: "str", v: t.v };
      case "err":
        return { t: "err", v: t.v };
      case "ref":
        return { t: "ref", sheet: t.sheet, rect: t.rect };
      case "ident": {
        const upper = t.v.toUpperCase();
        if (upper === "TRUE" || upper === "FALSE") return { t: "bool", v: upper === "TRUE" };
        return { t: "name", name: t.v };
      }
      case "func": {
        expect("(");
        const args: (Node | null)[] = [];
        if (peek()?.k === ")") {
          pos += 1;
          return { t: "call", name: t.v, args };
        }
        for (;;) {
          const n = peek();
          if (n?.k === "," || n?.k === ")") args.push(null);
          else args.push(comparison());
          const sep = tokens[pos];
          pos += 1;
          if (sep?.k === ")") break;
          if (sep?.k !== ",") throw new FormulaSyntaxError("Expected ',' or ')'");
        }
        return { t: "call", name: t.v, args };
      }
      case "(": {
        const inner = comparison();
        expect(")");
        return inner;
      }
      case "{": {
        const rows: Node[][] = [[]];
        for (;;) {
          rows[rows.length - 1].push(unary());
          const sep = tokens[pos];
          pos += 1;
          if (sep?.k === "}") break;
          if (sep?.k === ";") rows.push([]);
          else if (sep?.k !== ",") throw new FormulaSyntaxError("Bad array literal");
        }
        return { t: "array", rows };
      }
      case "op":
        if (t.v === "-" || t.v === "+") return { t: "un", op: t.v, a: unary() };
        throw new FormulaSyntaxError(`Unexpected operator ${t.v}`);
      default:
        throw new FormulaSyntaxError(`Unexpected token ${t.k}`);
    }
  };
  const percent = (): Node => {
    let n = primary();
    while (isOp(peek(), "%")) {
      pos += 1;
      n = { t: "un", op: "%", a: n };
    }
    return n;
  };
  const unary = (): Node => {
    const t = peek();
    if (isOp(t, "-", "+")) {
      pos += 1;
      return { t: "un", op: (t as { v: "-" | "+" }).v, a: unary() };
    }
    return percent();
  };
  const power = binaryLevel(["^"], unary);
  const product = binaryLevel(["*", "/"], power);
  const sum = binaryLevel(["+", "-"], product);
  const concat = binaryLevel(["&"], sum);
  const comparison: () => Node = binaryLevel(["=", "<>", "<", ">", "<=", ">="], concat);

  const node = comparison();
  if (pos !== tokens.length) throw new FormulaSyntaxError("Unexpected trailing input");
  return node;
}

/** Names of all functions called by a formula (upper case, `_xlfn.` stripped). */
export function calledFunctions(node: Node, out: string[] = []): string[] {
  if (node.t === "call") {
    out.push(node.name);
    node.args.forEach((a) => a && calledFunctions(a, out));
  } else if (node.t === "un") calledFunctions(node.a, out);
  else if (node.t === "bin") {
    calledFunctions(node.a, out);
    calledFunctions(node.b, out);
  } else if (node.t === "array") node.rows.flat().forEach((n) => calledFunctions(n, out));
  return out;
}

// ---------------------------------------------------------------------------------------------------------------
// Evaluator

export interface EvalEnv {
  /** Resolves a sheet name (undefined: the formula's own sheet) to a sheet id. */
  sheetId(name: string | undefined): string | undefined;
  /** The value of a cell, computing it first if it holds a formula. */
  cell(sheetId: string, row: number, col: number): Scalar;
  /** The used extent of a sheet, to clip whole-column references. */
  extent(sheetId: string): { rows: number; cols: number };
  /** A defined name, resolved to a reference or a value. */
  name(name: string): Value | undefined;
  /** Calls a custom function (name includes its namespace, upper case). Omitted arguments are undefined. */
  custom(name: string, args: (Value | undefined)[], callIndex: number): Value;
  /** True when a function name belongs to the custom functions namespace. */
  isCustom(name: string): boolean;
  /** The current moment for TODAY() and NOW() (the host's clock; default the system clock). */
  now?(): Date;
}

interface EvalState {
  env: EvalEnv;
  callIndex: number;
}

export function isError(v: unknown): v is ErrorValue {
  return v instanceof ErrorValue;
}

export function isRef(v: Value | undefined): v is RangeRef {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof ErrorValue);
}

function clip(env: EvalEnv, ref: RangeRef): Rect {
  const wholeColumns = ref.rect.r0 === 0 && ref.rect.r1 === MAX_ROWS - 1;
  const wholeRows = ref.rect.c0 === 0 && ref.rect.c1 === MAX_COLUMNS - 1;
  if (!wholeColumns && !wholeRows) return ref.rect;
  const { rows, cols } = env.extent(ref.sheetId);
  return {
    r0: ref.rect.r0,
    c0: ref.rect.c0,
    r1: wholeColumns ? Math.min(ref.rect.r1, Math.max(ref.rect.r0, rows - 1)) : ref.rect.r1,
    c1: wholeRows ? Math.min(ref.rect.c1, Math.max(ref.rect.c0, cols - 1)) : ref.rect.c1,
  };
}

export function refToMatrix(env: EvalEnv, ref: RangeRef): Matrix {
  const r = clip(env, ref);
  const out: Matrix = [];
  for (let row = r.r0; row <= r.r1; row++) {
    const line: Scalar[] = [];
    for (let col = r.c0; col <= r.c1; col++) line.push(env.cell(ref.sheetId, row, col));
    out.push(line);
  }
  return out;
}

/** A value as a matrix (scalars become 1x1). */
export function toMatrix(env: EvalEnv, v: Value): Matrix {
  if (isRef(v)) return refToMatrix(env, v);
  if (Array.isArray(v)) return v;
  return [[v]];
}

/** A value collapsed to a scalar (a 1x1 range or array gives its element; larger ones give #VALUE!). */
export function toScalar(env: EvalEnv, v: Value): Scalar {
  if (isRef(v) || Array.isArray(v)) {
    const m = toMatrix(env, v);
    if (m.length === 1 && m[0].length === 1) return m[0][0];
    return new ErrorValue("#VALUE!", "A range was given where a single value is expected.");
  }
  return v;
}

function toNumber(v: Scalar): number | ErrorValue {
  if (v === null) return 0;
  if (typeof v === "number") return v;
  if (typeof v === "boolean") return v ? 1 : 0;
  if (v instanceof ErrorValue) return v;
  const t = v.trim();
  if (t !== "" && !Number.isNaN(Number(t))) return Number(t);
  return new ErrorValue("#VALUE!", `'${v}' is not a number.`);
}

function toBool(v: Scalar): boolean | ErrorValue {
  if (v === null) return false;
  if (typeof v === "boolean") return v;
  if (typeof v === "number") return v !== 0;
  if (v instanceof ErrorValue) return v;
  const u = v.toUpperCase();
  if (u === "TRUE") return true;
  if (u === "FALSE") return false;
  return new ErrorValue("#VALUE!", `'${v}' is not a logical value.`);
}

function toText(v: Scalar): string | ErrorValue {
  if (v === null) return "";
  if (v instanceof ErrorValue) return v;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  return String(v);
}

function typeRank(v: Scalar): number {
  if (typeof v === "number") return 0;
  if (typeof v === "string") return 1;
  return 2;
}

function compare(a: Scalar, b: Scalar): number {
  let x = a;
  let y = b;
  if (x === null) x = typeof y === "string" ? "" : typeof y === "boolean" ? false : 0;
  if (y === null) y = typeof x === "string" ? "" : typeof x === "boolean" ? false : 0;
  const rx = typeRank(x);
  const ry = typeRank(y);
  if (rx !== ry) return rx - ry;
  if (typeof x === "string" && typeof y === "string") {
    const lx = x.toLowerCase();
    const ly = y.toLowerCase();
    return lx < ly ? -1 : lx > ly ? 1 : 0;
  }
  const nx = Number(x);
  const ny = Number(y);
  return nx < ny ? -1 : nx > ny ? 1 : 0;
}

function applyBinary(op: string, a: Scalar, b: Scalar): Scalar {
  if (a instanceof ErrorValue) return a;
  if (b instanceof ErrorValue) return b;
  switch (op) {
    case "&": {
      const x = toText(a);
      const y = toText(b);
      if (x instanceof ErrorValue) return x;
      if (y instanceof ErrorValue) return y;
      return x + y;
    }
    case "=":
      return compare(a, b) === 0;
    case "<>":
      return compare(a, b) !== 0;
    case "<":
      return compare(a, b) < 0;
    case ">":
      return compare(a, b) > 0;
    case "<=":
      return compare(a, b) <= 0;
    case ">=":
      return compare(a, b) >= 0;
    default: {
      const x = toNumber(a);
      const y = toNumber(b);
      if (x instanceof ErrorValue) return x;
      if (y instanceof ErrorValue) return y;
      switch (op) {
        case "+":
          return x + y;
        case "-":
          return x - y;
        case "*":
          return x * y;
        case "/":
          return y === 0 ? new ErrorValue("#DIV/0!") : x / y;
        case "^":
          return Math.pow(x, y);
        default:
          return new ErrorValue(UNSUPPORTED, `Operator ${op} is not supported.`);
      }
    }
  }
}

/** Element-wise application with Excel's broadcasting of 1x1 / single rows / single columns. */
function elementwise(env: EvalEnv, a: Value, b: Value, f: (x: Scalar, y: Scalar) => Scalar): Value {
  const aArr = isRef(a) || Array.isArray(a);
  const bArr = isRef(b) || Array.isArray(b);
  if (!aArr && !bArr) return f(a as Scalar, b as Scalar);
  const ma = toMatrix(env, a);
  const mb = toMatrix(env, b);
  const rows = Math.max(ma.length, mb.length);
  const cols = Math.max(ma[0]?.length ?? 0, mb[0]?.length ?? 0);
  const pick = (m: Matrix, r: number, c: number): Scalar => {
    const rr = m.length === 1 ? 0 : r;
    const cc = (m[0]?.length ?? 0) === 1 ? 0 : c;
    const row = m[rr];
    if (!row || cc >= row.length) return new ErrorValue("#N/A");
    return row[cc];
  };
  const out: Matrix = [];
  for (let r = 0; r < rows; r++) {
    const line: Scalar[] = [];
    for (let c = 0; c < cols; c++) line.push(f(pick(ma, r, c), pick(mb, r, c)));
    out.push(line);
  }
  return out;
}

function mapValue(env: EvalEnv, v: Value, f: (x: Scalar) => Scalar): Value {
  if (isRef(v) || Array.isArray(v)) return toMatrix(env, v).map((row) => row.map(f));
  return f(v);
}

/** Flattens arguments into scalars; `fromRange` tells whether a value came from a reference/array. */
function flatten(env: EvalEnv, args: Value[]): { v: Scalar; fromRange: boolean }[] {
  const out: { v: Scalar; fromRange: boolean }[] = [];
  for (const a of args) {
    if (isRef(a) || Array.isArray(a)) {
      for (const row of toMatrix(env, a)) for (const v of row) out.push({ v, fromRange: true });
    } else out.push({ v: a, fromRange: false });
  }
  return out;
}

/** Numbers from arguments following SUM's rules (text/booleans in ranges ignored; given directly, coerced). */
function numbersOf(env: EvalEnv, args: Value[]): number[] | ErrorValue {
  const out: number[] = [];
  for (const { v, fromRange } of flatten(env, args)) {
    if (v instanceof ErrorValue) return v;
    if (fromRange) {
      if (typeof v === "number") out.push(v);
    } else {
      const n = toNumber(v);
      if (n instanceof ErrorValue) return n;
      out.push(n);
    }
  }
  return out;
}

function wildcardRegex(pattern: string): RegExp {
  let re = "";
  for (let i = 0; i < pattern.length; i++) {
    const ch = pattern[i];
    if (ch === "~" && i + 1 < pattern.length) {
      re += pattern[i + 1].replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
      i += 1;
    } else if (ch === "*") re += ".*";
    else if (ch === "?") re += ".";
    else re += ch.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`, "i");
}

/** A COUNTIF-style criterion ("Yes", ">0", "<>", "=", 5, "a*"). */
export function criterionMatcher(criterion: Scalar): (v: Scalar) => boolean {
  if (criterion instanceof ErrorValue)
    return (v) => v instanceof ErrorValue && v.code === criterion.code;
  if (typeof criterion === "number") return (v) => toNumberLoose(v) === criterion;
  if (typeof criterion === "boolean") return (v) => v === criterion;
  const text = criterion ?? "";
  const m = /^(<=|>=|<>|<|>|=)?(.*)$/s.exec(text);
  const op = m?.[1] ?? "";
  const operand = m?.[2] ?? "";
  const isEmptyCell = (v: Scalar): boolean => v === null || v === "";
  if (operand === "") {
    if (op === "<>") return (v) => !isEmptyCell(v);
    return (v) => isEmptyCell(v);
  }
  const num = operand.trim() !== "" && !Number.isNaN(Number(operand)) ? Number(operand) : undefined;
  const upper = operand.toUpperCase();
  const boolOperand = upper === "TRUE" ? true : upper === "FALSE" ? false : undefined;
  const eq = (v: Scalar): boolean => {
    if (num !== undefined) return toNumberLoose(v) === num;
    if (boolOperand !== undefined) return v === boolOperand;
    return typeof v === "string" && wildcardRegex(operand).test(v);
  };
  if (op === "" || op === "=") return eq;
  if (op === "<>") return (v) => !eq(v);
  return (v) => {
    if (num !== undefined) {
      if (typeof v !== "number") return false;
      return op === "<" ? v < num : op === ">" ? v > num : op === "<=" ? v <= num : v >= num;
    }
    if (typeof v !== "string") return false;
    const c = compare(v, operand);
    return op === "<" ? c < 0 : op === ">" ? c > 0 : op === "<=" ? c <= 0 : c >= 0;
  };
}

function toNumberLoose(v: Scalar): number | undefined {
  if (typeof v === "number") return v;
  if (typeof v === "string" && v.trim() !== "" && !Number.isNaN(Number(v))) return Number(v);
  return undefined;
}

function conditionalAggregate(
  env: EvalEnv,
  pairs: [Value, Value][],
  sumRange: Value | undefined
): { count: number; sum: number } | ErrorValue {
  if (pairs.length === 0) return new ErrorValue("#VALUE!");
  const ranges = pairs.map(([r]) => toMatrix(env, r));
  const rows = ranges[0].length;
  const cols = ranges[0][0]?.length ?? 0;
  if (ranges.some((m) => m.length !== rows || (m[0]?.length ?? 0) !== cols))
    return new ErrorValue("#VALUE!");
  const matchers = pairs.map(([, c]) => criterionMatcher(toScalar(env, c)));
  const sums = sumRange === undefined ? undefined : toMatrix(env, sumRange);
  let count = 0;
  let sum = 0;
  for (let r = 0; r < rows; r++) {
    for (let c = 0; c < cols; c++) {
      if (matchers.every((m, i) => m(ranges[i][r][c]))) {
        count += 1;
        const s = sums?.[r]?.[c];
        if (typeof s === "number") sum += s;
      }
    }
  }
  return { count, sum };
}

type NativeFn = (env: EvalEnv, args: (Value | undefined)[]) => Value;

const present = (args: (Value | undefined)[]): Value[] =>
  args.map((a) => (a === undefined ? null : a));

const NATIVE: Record<string, NativeFn> = {
  SUM: (env, args) => {
    const n = numbersOf(env, present(args));
    return n instanceof ErrorValue ? n : n.reduce((s, x) => s + x, 0);
  },
  MIN: (env, args) => {
    const n = numbersOf(env, present(args));
    return n instanceof ErrorValue ? n : n.length ? Math.min(...n) : 0;
  },
  MAX: (env, args) => {
    const n = numbersOf(env, present(args));
    return n instanceof ErrorValue ? n : n.length ? Math.max(...n) : 0;
  },
  AVERAGE: (env, args) => {
    const n = numbersOf(env, present(args));
    if (n instanceof ErrorValue) return n;
    return n.length ? n.reduce((s, x) => s + x, 0) / n.length : new ErrorValue("#DIV/0!");
  },
  COUNT: (env, args) => flatten(env, present(args)).filter(({ v }) => typeof v === "number").length,
  COUNTA: (env, args) =>
    flatten(env, present(args)).filter(({ v }) => v !== null && v !== "").length,
  COUNTBLANK: (env, args) =>
    flatten(env, present(args)).filter(({ v }) => v === null || v === "").length,
  SUMPRODUCT: (env, args) => {
    const ms = present(args).map((a) => toMatrix(env, a));
    if (ms.length === 0) return new ErrorValue("#VALUE!");
    const rows = ms[0].length;
    const cols = ms[0][0]?.length ?? 0;
    if (ms.some((m) => m.length !== rows || (m[0]?.length ?? 0) !== cols)) {
      return new ErrorValue("#VALUE!", "SUMPRODUCT arrays must have the same dimensions.");
    }
    let total = 0;
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        let p = 1;
        for (const m of ms) {
          const v = m[r][c];
          if (v instanceof ErrorValue) return v;
          p *= typeof v === "number" ? v : 0;
        }
        total += p;
      }
    }
    return total;
  },
  COUNTIF: (env, args) => {
    const r = conditionalAggregate(env, [[args[0] ?? null, args[1] ?? null]], undefined);
    return r instanceof ErrorValue ? r : r.count;
  },
  COUNTIFS: (env, args) => {
    if (args.length % 2 !== 0) return new ErrorValue("#VALUE!");
    const pairs: [Value, Value][] = [];
    for (let i = 0; i < args.length; i += 2) pairs.push([args[i] ?? null, args[i + 1] ?? null]);
    const r = conditionalAggregate(env, pairs, undefined);
    return r instanceof ErrorValue ? r : r.count;
  },
  SUMIF: (env, args) => {
    const r = conditionalAggregate(
      env,
      [[args[0] ?? null, args[1] ?? null]],
      args[2] ?? args[0] ?? null
    );
    return r instanceof ErrorValue ? r : r.sum;
  },
  SUMIFS: (env, args) => {
    if (args.length % 2 !== 1) return new ErrorValue("#VALUE!");
    const pairs: [Value, Value][] = [];
    for (let i = 1; i < args.length; i += 2) pairs.push([args[i] ?? null, args[i + 1] ?? null]);
    const r = conditionalAggregate(env, pairs, args[0] ?? null);
    return r instanceof ErrorValue ? r : r.sum;
  },
  AND: (env, args) => logical(env, present(args), (bs) => bs.every(Boolean)),
  OR: (env, args) => logical(env, present(args), (bs) => bs.some(Boolean)),
  NOT: (env, args) => {
    const b = toBool(toScalar(env, args[0] ?? null));
    return b instanceof ErrorValue ? b : !b;
  },
  ABS: (env, args) => mapValue(env, args[0] ?? null, (x) => num1(x, Math.abs)),
  ROUND: (env, args) => {
    const x = toNumber(toScalar(env, args[0] ?? null));
    const d = toNumber(toScalar(env, args[1] ?? null));
    if (x instanceof ErrorValue) return x;
    if (d instanceof ErrorValue) return d;
    const f = Math.pow(10, Math.trunc(d));
    return (Math.sign(x) * Math.round(Math.abs(x) * f)) / f;
  },
  LEN: (env, args) =>
    mapValue(env, args[0] ?? null, (x) => {
      const t = toText(x);
      return t instanceof ErrorValue ? t : t.length;
    }),
  UPPER: (env, args) => mapValue(env, args[0] ?? null, (x) => text1(x, (t) => t.toUpperCase())),
  LOWER: (env, args) => mapValue(env, args[0] ?? null, (x) => text1(x, (t) => t.toLowerCase())),
  // Excel's TRIM removes the space character (32) only: not tabs, line breaks or non-breaking spaces.
  TRIM: (env, args) =>
    mapValue(env, args[0] ?? null, (x) =>
      text1(x, (t) => t.replace(/^ +| +$/g, "").replace(/ {2,}/g, " "))
    ),
  // Finalized workbooks normalise Met? text with SUBSTITUTE and CHAR (src/core/vocabulary/met.ts).
  SUBSTITUTE: (env, args) => {
    if (args.length < 3 || args.length > 4) return new ErrorValue("#VALUE!");
    return lift(env, present(args), ([text, from, to, nth]) => substitute(text, from, to, nth));
  },
  // CLEAN removes the control characters 0-31 (tabs, line breaks), nothing else.
  CLEAN: (env, args) =>
    // eslint-disable-next-line no-control-regex
    mapValue(env, args[0] ?? null, (x) => text1(x, (t) => t.replace(/[\u0000-\u001f]/g, ""))),
  CHAR: (env, args) =>
    mapValue(env, args[0] ?? null, (x) => {
      const n = toNumber(x);
      if (n instanceof ErrorValue) return n;
      const code = Math.trunc(n);
      // Codes above 127 depend on the platform's code page; the formulas this harness checks use ASCII only.
      return code >= 1 && code <= 127 ? String.fromCharCode(code) : new ErrorValue("#VALUE!");
    }),
  CONCATENATE: (env, args) => concatAll(env, present(args)),
  CONCAT: (env, args) => concatAll(env, present(args)),
  ISBLANK: (env, args) => mapValue(env, args[0] ?? null, (x) => x === null),
  ISNUMBER: (env, args) => mapValue(env, args[0] ?? null, (x) => typeof x === "number"),
  ISTEXT: (env, args) => mapValue(env, args[0] ?? null, (x) => typeof x === "string"),
  ISERROR: (env, args) => mapValue(env, args[0] ?? null, (x) => x instanceof ErrorValue),
  NA: () => new ErrorValue("#N/A"),
  MATCH: (env, args) => {
    if (args.length < 2 || args.length > 3) return new ErrorValue("#VALUE!");
    const array = toMatrix(env, args[1] ?? null);
    if (array.length > 1 && (array[0]?.length ?? 0) > 1)
      return new ErrorValue("#N/A", "MATCH looks in one row or one column.");
    // An omitted match_type is 1; an empty one (`MATCH(x,range,)`) is 0.
    const rawType = args.length < 3 ? 1 : toNumber(toScalar(env, args[2] ?? null));
    if (rawType instanceof ErrorValue) return rawType;
    const items = array.flat();
    return lift(env, [args[0] ?? null], ([v]) => matchOne(v, items, Math.sign(rawType)));
  },
  DATEDIF: (env, args) => {
    if (args.length !== 3) return new ErrorValue("#VALUE!");
    return lift(env, present(args), ([s, e, u]) => datedif(s, e, u));
  },
  DATE: (env, args) => {
    if (args.length !== 3) return new ErrorValue("#VALUE!");
    return lift(env, present(args), (xs) => {
      const n = xs.map(toNumber);
      for (const x of n) if (x instanceof ErrorValue) return x;
      const [y, m, d] = n as number[];
      return dateSerial(y, m, d) ?? new ErrorValue("#NUM!", "The date is out of Excel's range.");
    });
  },
  TODAY: (env, args) =>
    args.length ? new ErrorValue("#VALUE!") : localSerial(env.now?.() ?? new Date(), false),
  NOW: (env, args) =>
    args.length ? new ErrorValue("#VALUE!") : localSerial(env.now?.() ?? new Date(), true),
};

/** SUBSTITUTE of one value: every occurrence of `from` (or only the nth), case-sensitively, as Excel does. */
function substitute(text: Scalar, from: Scalar, to: Scalar, nth: Scalar): Scalar {
  const t = toText(text);
  const f = toText(from);
  const r = toText(to);
  if (t instanceof ErrorValue) return t;
  if (f instanceof ErrorValue) return f;
  if (r instanceof ErrorValue) return r;
  if (f === "") return t;
  if (nth === null || nth === undefined) return t.split(f).join(r);
  const n = toNumber(nth);
  if (n instanceof ErrorValue) return n;
  if (Math.trunc(n) < 1) return new ErrorValue("#VALUE!");
  let at = -1;
  for (let i = 0; i < Math.trunc(n); i++) {
    at = t.indexOf(f, at + 1);
    if (at < 0) return t;
  }
  return t.slice(0, at) + r + t.slice(at + f.length);
}

const isMulti = (env: EvalEnv, v: Value): boolean => {
  if (!isRef(v) && !Array.isArray(v)) return false;
  const m = toMatrix(env, v);
  return m.length !== 1 || (m[0]?.length ?? 0) !== 1;
};

/**
 * A function of single values applied over ranges and arrays given in their place, element by element (Excel's
 * dynamic arrays): a single row or column is repeated across the other dimension, and positions outside a smaller
 * array give #N/A.
 */
function lift(env: EvalEnv, args: Value[], f: (xs: Scalar[]) => Scalar): Value {
  if (!args.some((a) => isMulti(env, a))) return f(args.map((a) => toScalar(env, a)));
  const ms = args.map((a) => toMatrix(env, a));
  const rows = Math.max(...ms.map((m) => m.length));
  const cols = Math.max(...ms.map((m) => m[0]?.length ?? 0));
  const pick = (m: Matrix, r: number, c: number): Scalar => {
    const rr = m.length === 1 ? 0 : r;
    const cc = (m[0]?.length ?? 0) === 1 ? 0 : c;
    const row = m[rr];
    if (!row || cc >= row.length) return new ErrorValue("#N/A");
    return row[cc];
  };
  const out: Matrix = [];
  for (let r = 0; r < rows; r++) {
    const line: Scalar[] = [];
    for (let c = 0; c < cols; c++) line.push(f(ms.map((m) => pick(m, r, c))));
    out.push(line);
  }
  return out;
}

/** Same kind for MATCH: numbers with numbers, text with text, logicals with logicals (blanks and errors never). */
function sameKind(a: Scalar, b: Scalar): boolean {
  return (
    a !== null &&
    b !== null &&
    !(a instanceof ErrorValue) &&
    !(b instanceof ErrorValue) &&
    typeof a === typeof b
  );
}

function compareSame(a: Scalar, b: Scalar): number {
  if (typeof a === "string" && typeof b === "string") {
    const x = a.toLowerCase();
    const y = b.toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const x = Number(a);
  const y = Number(b);
  return x < y ? -1 : x > y ? 1 : 0;
}

/**
 * MATCH of one value. 0: the first equal item (text case-insensitively, with * ? and ~ wildcards). 1: the largest
 * item at or below the value, -1: the smallest at or above it, both by binary search as Excel does (the items are
 * expected sorted ascending, respectively descending; items of another type than the value are stepped over).
 */
function matchOne(value: Scalar, items: Scalar[], type: number): Scalar {
  if (value instanceof ErrorValue) return value;
  const notFound = new ErrorValue("#N/A", "MATCH found no match.");
  if (value === null) return notFound;
  if (typeof value === "string" && value.length > 255)
    return new ErrorValue("#VALUE!", "MATCH looks up at most 255 characters.");
  if (type === 0) {
    const re = typeof value === "string" ? wildcardRegex(value) : undefined;
    const index = items.findIndex((item) =>
      re ? typeof item === "string" && re.test(item) : sameKind(item, value) && item === value
    );
    return index < 0 ? notFound : index + 1;
  }
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = Math.floor((lo + hi) / 2);
    let j = mid;
    while (j >= lo && !sameKind(items[j], value)) j -= 1;
    if (j < lo) {
      j = mid + 1;
      while (j <= hi && !sameKind(items[j], value)) j += 1;
      if (j > hi) break;
    }
    const c = compareSame(items[j], value);
    const keep = type > 0 ? c <= 0 : c >= 0;
    if (keep) {
      found = j;
      lo = j + 1;
    } else hi = j - 1;
  }
  return found < 0 ? notFound : found + 1;
}

/** A date argument as Excel reads it: a serial (truncated), or text in a date format; #NUM! outside 0..9999-12-31. */
function dateArg(v: Scalar): number | ErrorValue {
  let n: number | ErrorValue;
  if (typeof v === "string") {
    const t = v.trim();
    n =
      t !== "" && !Number.isNaN(Number(t))
        ? Number(t)
        : (parseDateText(t) ?? new ErrorValue("#VALUE!", `'${v}' is not a date.`));
  } else n = toNumber(v);
  if (n instanceof ErrorValue) return n;
  if (n < 0 || n >= MAX_SERIAL + 1)
    return new ErrorValue("#NUM!", "The date is out of Excel's range.");
  return Math.floor(n);
}

/** DATEDIF(start, end, unit) as Excel computes it, quirks included ("MD" can be negative). */
function datedif(startValue: Scalar, endValue: Scalar, unitValue: Scalar): Scalar {
  const start = dateArg(startValue);
  if (start instanceof ErrorValue) return start;
  const end = dateArg(endValue);
  if (end instanceof ErrorValue) return end;
  const unitText = toText(unitValue);
  if (unitText instanceof ErrorValue) return unitText;
  const unit = unitText.toUpperCase();
  if (!["Y", "M", "D", "MD", "YM", "YD"].includes(unit))
    return new ErrorValue("#NUM!", `'${unitText}' is not a DATEDIF unit.`);
  if (start > end) return new ErrorValue("#NUM!", "The start date is after the end date.");
  const s = serialParts(start);
  const e = serialParts(end);
  const months = (e.year - s.year) * 12 + e.month - s.month - (e.day < s.day ? 1 : 0);
  switch (unit) {
    case "D":
      return end - start;
    case "M":
      return months;
    case "Y":
      return Math.floor(months / 12);
    case "YM":
      return months % 12;
    case "MD": {
      if (e.day >= s.day) return e.day - s.day;
      const prevMonth = e.month === 1 ? 12 : e.month - 1;
      const prevYear = e.month === 1 ? e.year - 1 : e.year;
      return e.day + daysInMonth(prevYear, prevMonth) - s.day;
    }
    default: {
      // YD: the end date moved to the first year where it is not before the start; Excel counts one day less
      // when that year is a leap year (and the moved date after its 29 February) but neither real year is.
      if (e.year === s.year) return end - start;
      const later = e.month > s.month || (e.month === s.month && e.day >= s.day);
      const year = later ? s.year : s.year + 1;
      const moved = dateSerial(year, e.month, e.day) ?? end;
      let days = moved - start;
      const leapDay = dateSerial(year, 2, 29) ?? Infinity;
      if (!isLeapYear(s.year) && !isLeapYear(e.year) && isLeapYear(year) && moved >= leapDay)
        days -= 1;
      return days;
    }
  }
}

function num1(x: Scalar, f: (n: number) => number): Scalar {
  const n = toNumber(x);
  return n instanceof ErrorValue ? n : f(n);
}

function text1(x: Scalar, f: (t: string) => string): Scalar {
  const t = toText(x);
  return t instanceof ErrorValue ? t : f(t);
}

function concatAll(env: EvalEnv, args: Value[]): Scalar {
  let s = "";
  for (const { v } of flatten(env, args)) {
    const t = toText(v);
    if (t instanceof ErrorValue) return t;
    s += t;
  }
  return s;
}

function logical(env: EvalEnv, args: Value[], f: (bs: boolean[]) => boolean): Scalar {
  const bs: boolean[] = [];
  for (const { v, fromRange } of flatten(env, args)) {
    if (v instanceof ErrorValue) return v;
    if (fromRange && (v === null || typeof v === "string")) continue;
    const b = toBool(v);
    if (b instanceof ErrorValue) return b;
    bs.push(b);
  }
  if (bs.length === 0) return new ErrorValue("#VALUE!");
  return f(bs);
}

/** Functions with lazy arguments (only the chosen branch is evaluated, unless the condition is an array). */
function evalLazy(state: EvalState, name: string, args: (Node | null)[]): Value | undefined {
  const { env } = state;
  if (name === "IF") {
    if (args.length < 2 || args.length > 3) return new ErrorValue("#VALUE!");
    const branch = (i: 1 | 2): Value => {
      const node = args[i];
      if (node === undefined) return i === 1;
      return node === null ? 0 : evaluate(state, node);
    };
    const condValue = evalArg(state, args[0]);
    if (isMulti(env, condValue)) {
      return lift(env, [condValue, branch(1), branch(2)], ([c, t, f]) => {
        const b = toBool(c);
        return b instanceof ErrorValue ? b : b ? t : f;
      });
    }
    const cond = toBool(toScalar(env, condValue));
    if (cond instanceof ErrorValue) return cond;
    return branch(cond ? 1 : 2);
  }
  if (name === "IFERROR" || name === "IFNA") {
    if (args.length !== 2) return new ErrorValue("#VALUE!");
    const caught = (x: Scalar): boolean =>
      x instanceof ErrorValue && (name === "IFERROR" || x.code === "#N/A");
    const fallback = (): Value => (args[1] ? evaluate(state, args[1]) : 0);
    const v = evalArg(state, args[0]);
    if (isMulti(env, v)) {
      const m = toMatrix(env, v);
      if (!m.some((row) => row.some(caught))) return m;
      return lift(env, [m, fallback()], ([x, y]) => (caught(x) ? y : x));
    }
    const s = toScalar(env, v);
    return caught(s) ? fallback() : v;
  }
  return undefined;
}

function evalArg(state: EvalState, node: Node | null | undefined): Value {
  return node ? evaluate(state, node) : null;
}

function evaluate(state: EvalState, node: Node): Value {
  const { env } = state;
  switch (node.t) {
    case "num":
      return node.v;
    case "str":
      return node.v;
    case "bool":
      return node.v;
    case "err":
      return new ErrorValue(node.v);
    case "ref": {
      const sheetId = env.sheetId(node.sheet);
      if (!sheetId) return new ErrorValue("#REF!", `Sheet '${node.sheet ?? ""}' does not exist.`);
      return { kind: "ref", sheetId, rect: node.rect };
    }
    case "name":
      return env.name(node.name) ?? new ErrorValue("#NAME?", `Unknown name '${node.name}'.`);
    case "array":
      return node.rows.map((row) => row.map((n) => toScalar(env, evaluate(state, n))));
    case "un": {
      const v = evaluate(state, node.a);
      if (node.op === "+") return v;
      return mapValue(env, v, (x) => num1(x, (n) => (node.op === "-" ? -n : n / 100)));
    }
    case "bin": {
      const a = evaluate(state, node.a);
      const b = evaluate(state, node.b);
      return elementwise(env, a, b, (x, y) => applyBinary(node.op, x, y));
    }
    case "call": {
      if (env.isCustom(node.name)) {
        const args = node.args.map((a) => (a ? evaluate(state, a) : undefined));
        const index = state.callIndex;
        state.callIndex += 1;
        return env.custom(node.name, args, index);
      }
      const lazy = evalLazy(state, node.name, node.args);
      if (lazy !== undefined) return lazy;
      const fn = NATIVE[node.name];
      if (!fn) {
        return new ErrorValue(UNSUPPORTED, `The harness does not evaluate ${node.name}().`);
      }
      const args = node.args.map((a) => (a ? evaluate(state, a) : undefined));
      return fn(env, args);
    }
  }
}

/** Evaluates a parsed formula to a scalar or (for array results) a matrix. */
export function evaluateFormula(node: Node, env: EvalEnv): Scalar | Matrix {
  const v = evaluate({ env, callIndex: 0 }, node);
  if (isRef(v)) {
    const m = refToMatrix(env, v);
    return m.length === 1 && m[0].length === 1 ? m[0][0] : m;
  }
  return v;
}

export const NATIVE_FUNCTIONS: readonly string[] = [
  ...Object.keys(NATIVE),
  "IF",
  "IFERROR",
  "IFNA",
];
