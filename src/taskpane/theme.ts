/**
 * The Fluent theme follows the Office theme: a dark body background selects webDarkTheme. Pure functions so the
 * choice is testable; index.tsx wires them to Office.context.
 */
import { type Theme, webDarkTheme, webLightTheme } from "@fluentui/react-components";

/** Relative luminance (0 black .. 1 white) of a "#rrggbb" or "#rgb" colour; undefined when unparseable. */
export function luminance(colour: string): number | undefined {
  const hex = colour.trim().replace(/^#/, "");
  const full = hex.length === 3 ? [...hex].map((c) => c + c).join("") : hex;
  if (!/^[0-9a-f]{6}$/i.test(full)) return undefined;
  const channel = (i: number): number => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

export interface OfficeThemeColours {
  bodyBackgroundColor?: string;
}

export function themeFor(officeTheme: OfficeThemeColours | undefined): Theme {
  const l = officeTheme?.bodyBackgroundColor
    ? luminance(officeTheme.bodyBackgroundColor)
    : undefined;
  return l !== undefined && l < 0.5 ? webDarkTheme : webLightTheme;
}
