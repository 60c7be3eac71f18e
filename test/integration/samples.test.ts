/**
 * The bundled samples (scripts/make-samples.js): one per programme, each a complete workbook recognised as its
 * programme, half filled (Yes, No and blank answers) with the two mistakes a newcomer learns to fix, and up to date
 * with the script (regenerating writes the same bytes).
 */
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { CATALOG } from "../../src/checklists";
import type { ChecklistId } from "../../src/checklists/schema";
import { checkFile } from "../../src/cli/commands/check";

// eslint-disable-next-line @typescript-eslint/no-require-imports
const samples = require("../../scripts/make-samples.js") as {
  PROGRAMMES: ChecklistId[];
  makeSample: (programme: ChecklistId, outFile: string) => Promise<{ file: string }>;
};
const SAMPLES = join(__dirname, "../../samples");

describe.each(samples.PROGRAMMES.map((p) => [p] as const))(
  "samples/%s-sample.xlsx",
  (programme) => {
    const file = join(SAMPLES, `${programme}-sample.xlsx`);

    test("is recognised as its programme with every control mapped, some answered, some findings to fix", async () => {
      const result = await checkFile(file, { today: "2025-11-01", locale: "en-US" });
      if (!result.ok) throw new Error(result.message);
      const { check } = result;
      const checklist = CATALOG[programme];
      expect(check.checklist.id).toBe(programme);
      const total = checklist.sections.reduce((n, s) => n + s.controls.length, 0);
      const mapped = check.mapping.sheets.reduce((n, s) => n + Object.keys(s.controls).length, 0);
      expect(mapped).toBe(total);
      const met = check.assessment.controls.map((c) => c.met);
      expect(met).toContain("yes");
      expect(met).toContain("no");
      expect(met).toContain("blank");
      const rules = check.findings.filter((f) => f.severity === "error").map((f) => f.rule);
      expect(rules).toEqual(expect.arrayContaining(["link.placeholder", "date.max-age"]));
      // Every finding points at a cell a newcomer can go to.
      for (const f of check.findings) expect(f.cell).toMatch(/^[A-Z]+\d+$/);
    });

    test("regenerating it writes the same bytes (the committed sample is the script's output)", async () => {
      const out = join(mkdtempSync(join(tmpdir(), "samples-")), `${programme}-sample.xlsx`);
      await samples.makeSample(programme, out);
      expect(readFileSync(out).equals(readFileSync(file))).toBe(true);
    });
  }
);
