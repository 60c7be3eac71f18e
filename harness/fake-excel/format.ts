/** Minimal number-format rendering for Range.text and the harness grid. */
import { MAX_SERIAL, serialParts } from "./dates";
import type { CellScalar } from "./model";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A date format: y, d or m tokens outside quotes and escapes ("yyyy-mm-dd", "d/m/yyyy", "mmm d, yyyy"). */
export function isDateFormat(fmt: string): boolean {
  const bare = fmt.replace(/"[^"]*"|\\.|\[[^\]]*\]/g, "");
  return /[yd]/i.test(bare) || /^m+[^#0]*$/i.test(bare.trim());
}

/** A serial shown through a date format, as Excel shows it (the date part; times are left out). */
function formatDate(serial: number, fmt: string): string {
  const { year, month, day } = serialParts(serial);
  const pad = (n: number) => String(n).padStart(2, "0");
  return fmt
    .replace(/\[[^\]]*\]/g, "")
    .replace(
      /"([^"]*)"|\\(.)|y{3,4}|yy|m{3,4}|mm|m|d{2}|d/gi,
      (token, quoted?: string, escaped?: string) => {
        if (quoted !== undefined) return quoted;
        if (escaped !== undefined) return escaped;
        const t = token.toLowerCase();
        if (t.startsWith("yyy")) return String(year);
        if (t === "yy") return pad(year % 100);
        if (t === "mmmm")
          return new Date(Date.UTC(2000, month - 1, 1)).toLocaleString("en-US", {
            month: "long",
            timeZone: "UTC",
          });
        if (t === "mmm") return MONTHS[month - 1];
        if (t === "mm") return pad(month);
        if (t === "m") return String(month);
        if (t === "dd") return pad(day);
        return String(day);
      }
    );
}

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
  if (isDateFormat(fmt) && value >= 0 && value <= MAX_SERIAL) return formatDate(value, fmt);
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
