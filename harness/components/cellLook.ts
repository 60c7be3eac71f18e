/**
 * How the grid draws a cell's own look, kept readable whatever the page theme: a filled cell with no font colour
 * gets black or white text by the fill's luminance (Excel's "Automatic" font colour does the same), so light
 * yellow input cells never show white text in the dark theme; and column widths come from the workbook.
 */

/** Relative luminance (WCAG) of "#RRGGBB" or "#RGB"; undefined for anything else. */
export function luminance(color: string): number | undefined {
  const hex = /^#?([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(color.trim())?.[1];
  if (!hex) return undefined;
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex;
  const [r, g, b] = [0, 2, 4].map((i) => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrast(a: string, b: string): number | undefined {
  const la = luminance(a);
  const lb = luminance(b);
  if (la === undefined || lb === undefined) return undefined;
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

/** The text colour for a cell: its own when readable on its fill, else black or white, whichever reads better. */
export function textOn(fill: string | undefined, font: string | undefined): string | undefined {
  if (!fill) return font;
  if (font && (contrast(fill, font) ?? 0) >= 4.5) return font;
  const l = luminance(fill);
  if (l === undefined) return font;
  return (l + 0.05) / 0.05 >= 1.05 / (l + 0.05) ? "#000000" : "#FFFFFF";
}

/** Default column width in points (8.43 characters), as Excel. */
export const DEFAULT_WIDTH_POINTS = 48;

/** A column's drawn width in px from its width in points; hidden columns are a thin strip. */
export function columnPx(width: number | undefined, hidden: boolean | undefined): number {
  if (hidden) return 6;
  return Math.round(Math.min(Math.max(((width ?? DEFAULT_WIDTH_POINTS) * 4) / 3, 24), 640));
}
