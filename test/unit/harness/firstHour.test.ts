/**
 * The harness's first-hour pieces that need no browser: dates drawn in their number format, readable text on the
 * workbook's fills in either theme, workbook column widths, and opening another workbook as a new document.
 */
import { contrast, columnPx, textOn } from "../../../harness/components/cellLook";
import {
  documentUrl,
  SAMPLES,
  savedName,
  stashedFile,
  stashFile,
} from "../../../harness/documentSwitch";
import { formatValue, isDateFormat } from "../../../harness/fake-excel/format";
import { PALETTE } from "../../../src/core/workbook/palette";

class MemoryStorage implements Storage {
  private items = new Map<string, string>();
  constructor(private readonly limit = Infinity) {}
  get length() {
    return this.items.size;
  }
  clear() {
    this.items.clear();
  }
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  key(i: number) {
    return [...this.items.keys()][i] ?? null;
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
  setItem(key: string, value: string) {
    if (value.length > this.limit) throw new Error("QuotaExceededError");
    this.items.set(key, value);
  }
}

describe("dates in the grid", () => {
  test("a serial with a date format shows as the date, not the number", () => {
    // 45900 is 2025-08-31 in the 1900 date system.
    expect(formatValue(45900, "yyyy-mm-dd")).toBe("2025-08-31");
    expect(formatValue(45900, "d/m/yyyy")).toBe("31/8/2025");
    expect(formatValue(45900, "mmm d, yyyy")).toBe("Aug 31, 2025");
    expect(formatValue(45900, '[$-409]dd"."mm"."yy')).toBe("31.08.25");
  });

  test("number formats stay numbers", () => {
    expect(isDateFormat("#,##0.00")).toBe(false);
    expect(isDateFormat("0%")).toBe(false);
    expect(formatValue(0.25, "0%")).toBe("25%");
    expect(formatValue(-200, "0")).toBe("-200");
    expect(formatValue(45900, "General")).toBe("45900");
  });
});

describe("cell look", () => {
  test("input and greyed fills get dark text whatever the theme's text colour", () => {
    for (const style of ["input", "greyed"] as const) {
      const fill = PALETTE[style];
      const text = textOn(fill, undefined);
      expect(text).toBe("#000000");
      expect(contrast(fill, text ?? "")).toBeGreaterThanOrEqual(4.5);
      // A white font colour on light yellow is replaced too.
      expect(textOn(fill, "#FFFFFF")).toBe("#000000");
    }
  });

  test("a dark fill gets white text, a readable own colour is kept, no fill keeps the theme's", () => {
    expect(textOn("#232F3E", undefined)).toBe("#FFFFFF");
    expect(textOn("#232F3E", "#FF9900")).toBe("#FF9900");
    expect(textOn(undefined, undefined)).toBeUndefined();
  });

  test("columns keep the workbook's widths", () => {
    expect(columnPx(undefined, false)).toBe(64);
    expect(columnPx(300, false)).toBe(400);
    expect(columnPx(300, true)).toBe(6);
  });
});

describe("opening another workbook is a new document", () => {
  test("a sample is named in the URL; the theme parameter stays", () => {
    const url = documentUrl(
      "http://localhost:3000/harness.html?workbook=msp-sample.xlsx&theme=dark",
      {
        kind: "sample",
        name: "ato-sample.xlsx",
      }
    );
    const parsed = new URL(url);
    expect(parsed.searchParams.get("workbook")).toBe("ato-sample.xlsx");
    expect(parsed.searchParams.get("theme")).toBe("dark");
    expect(parsed.searchParams.get("file")).toBeNull();
  });

  test("a picked file travels through storage byte for byte, only under its own name", () => {
    const storage = new MemoryStorage();
    const bytes = new Uint8Array(70_000).map((_, i) => (i * 31) % 256).buffer;
    stashFile(storage, "Partner workbook.xlsx", bytes);
    const back = stashedFile(storage, "Partner workbook.xlsx");
    expect(back && Buffer.from(back).equals(Buffer.from(bytes))).toBe(true);
    expect(stashedFile(storage, "other.xlsx")).toBeUndefined();
    const url = new URL(
      documentUrl("http://localhost:3000/harness.html?workbook=msp-sample.xlsx", {
        kind: "file",
        name: "Partner workbook.xlsx",
      })
    );
    expect(url.searchParams.get("file")).toBe("Partner workbook.xlsx");
    expect(url.searchParams.get("workbook")).toBeNull();
  });

  test("a file too large to hand over is refused with its name and size", () => {
    expect(() => stashFile(new MemoryStorage(100), "big.xlsx", new ArrayBuffer(4096))).toThrow(
      /big\.xlsx is too large .*4 KB/
    );
  });

  test("the chooser offers the five samples; Save names the workbook's own file", () => {
    expect(SAMPLES.map((s) => s.file)).toEqual([
      "msp-sample.xlsx",
      "ato-sample.xlsx",
      "dcx-sample.xlsx",
      "ftr-sample.xlsx",
      "ecs-sample.xlsx",
    ]);
    expect(savedName("ato-sample.xlsx")).toBe("ato-sample-edited.xlsx");
  });
});
