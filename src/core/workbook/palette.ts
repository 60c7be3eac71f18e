/**
 * The look of the sheets the add-in and the CLI render from the layout: one palette and one format per layout style.
 * Colours are "#RRGGBB" as Office.js takes them; the ExcelJS writer (src/cli/xlsx/writeWorkbook.ts) converts them
 * with `argb`, so both workbooks look alike and a colour is changed here only.
 */
import type { CellStyle } from "./layout";

export const PALETTE = {
  /** Dark banner of a sheet's title row (AWS squid ink). */
  banner: "#232F3E",
  bannerText: "#FFFFFF",
  header: "#D9E1F2",
  section: "#EDEDED",
  /** Cells a person fills in. */
  input: "#FFFFF2",
  /** Rows that are not asked. */
  greyed: "#F2F2F2",
  greyedText: "#808080",
  text: "#000000",
} as const;

const FILLS: Partial<Record<CellStyle, string>> = {
  banner: PALETTE.banner,
  header: PALETTE.header,
  section: PALETTE.section,
  input: PALETTE.input,
  greyed: PALETTE.greyed,
};

/** "#RRGGBB" as ExcelJS's opaque ARGB ("FFRRGGBB"). */
export function argb(color: string): string {
  return `FF${color.replace(/^#/, "").toUpperCase()}`;
}

/** The formatting of one layout style, as Office.js range format properties. */
export interface StyleFormat {
  /** "#RRGGBB", or null to clear the fill. */
  fill: string | null;
  fontColor: string;
  bold: boolean;
  fontSize?: number;
  wrapText: boolean;
  horizontalAlignment?: "Center";
  verticalAlignment?: "Center" | "Top";
}

export function styleFormat(style: CellStyle): StyleFormat {
  const base: StyleFormat = {
    fill: FILLS[style] ?? null,
    fontColor: PALETTE.text,
    bold: false,
    wrapText: false,
  };
  switch (style) {
    case "banner":
      return { ...base, fontColor: PALETTE.bannerText, bold: true, fontSize: 14 };
    case "header":
      return {
        ...base,
        bold: true,
        wrapText: true,
        horizontalAlignment: "Center",
        verticalAlignment: "Center",
      };
    case "section":
    case "total":
    case "label":
      return { ...base, bold: true };
    case "greyed":
      return { ...base, fontColor: PALETTE.greyedText, wrapText: true, verticalAlignment: "Top" };
    case "text":
      return { ...base, wrapText: true, verticalAlignment: "Top" };
    default:
      return base;
  }
}
