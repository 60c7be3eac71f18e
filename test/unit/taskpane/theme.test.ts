import { webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { luminance, themeFor } from "../../../src/taskpane/theme";

describe("theme follows the Office theme", () => {
  it.each([
    ["#ffffff", webLightTheme],
    ["#f3f2f1", webLightTheme],
    ["#262626", webDarkTheme],
    ["#000", webDarkTheme],
    ["not a colour", webLightTheme],
  ])("background %s", (colour, expected) => {
    expect(themeFor({ bodyBackgroundColor: colour })).toBe(expected);
  });

  it("defaults to light without an Office theme", () => {
    expect(themeFor(undefined)).toBe(webLightTheme);
  });

  it("computes relative luminance", () => {
    expect(luminance("#ffffff")).toBeCloseTo(1);
    expect(luminance("#000000")).toBeCloseTo(0);
    expect(luminance("#zzz")).toBeUndefined();
  });
});
