/** Minimal number-format rendering for Range.text and the harness grid. */
import type { CellScalar } from "./model";

function groupThousands(int: string): string {
  return int.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

function fixed(n: number, decimals: number, grouping: boolean): string {
  const s = Math.abs(n).toFixed(decimals);
  const [int, frac] = s.split(".");
  const body = (grouping ? groupThousands(int) : int) + (frac ? `.${frac}` : "");
  return (n < 0 && Number(s) !== 0 ? "-" : "") + body;
}

function general(n: number): string {
  if (Number.isInteger(n) && Math.abs(n) < 1e11) return String(n);
  const p = Number(n.toPrecision(10));
  return String(p);
}

/** Renders a value as Excel would show it with a (simple) number format. */
export function formatValue(value: CellScalar, numberFormat: string | undefined): string {
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  if (typeof value === "string") return value;
  const fmt =
    (numberFormat ?? "General").split(";")[value < 0 ? 1 : 0] ?? numberFormat ?? "General";
  if (fmt === "General" || fmt === "" || fmt === "@") return general(value);
  const pct = fmt.includes("%");
  const n = pct ? value * 100 : value;
  const m = /([#0,]*0)(?:\.(0+))?/.exec(fmt);
  if (!m) return general(value);
  const decimals = m[2]?.length ?? 0;
  const grouping = m[1].includes(",");
  const body = fixed(value < 0 && fmt !== numberFormat ? Math.abs(n) : n, decimals, grouping);
  return fmt
    .replace(/[#0,]*0(?:\.0+)?/, body)
    .replace(/\\(.)/g, "$1")
    .replace(/"([^"]*)"/g, "$1");
}
