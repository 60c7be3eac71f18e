/**
 * The SelfAssess sheet is trusted only while it agrees with the sheets' content: a wrong checklist saved in it
 * (ECS on an MSP workbook) does not override recognition; the contradiction is a finding on the sheet's cell.
 */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openPackage } from "../../../src/cli/xlsx/package";
import { contradictedBy, type Persisted } from "../../../src/core/workbook/persist";
import { runCli } from "../../unit/cli/run";

const dir = mkdtempSync(join(tmpdir(), "selfassess-trust-"));

async function withSavedChecklist(from: string, to: string, checklist: string): Promise<string> {
  const pkg = await openPackage(readFileSync(join(dir, from)));
  const row = [...pkg.readCells("SelfAssess")].find(([, c]) => c.value === "checklist")?.[0];
  if (!row) throw new Error("no checklist key");
  const cell = row.replace(/^A/, "B");
  pkg.setCells("SelfAssess", [{ address: cell, value: checklist }]);
  writeFileSync(join(dir, to), await pkg.save());
  return cell;
}

test("ECS saved on an MSP workbook: read as MSP, with a finding on the SelfAssess cell", async () => {
  expect(
    (await runCli(["new", "--checklist", "msp", "--renewal", "--out", "msp.xlsx"], dir)).code
  ).toBe(0);
  const cell = await withSavedChecklist("msp.xlsx", "msp-as-ecs.xlsx", "ecs");
  const result = await runCli(["check", "msp-as-ecs.xlsx", "--json"], dir);
  const json = JSON.parse(result.stdout);
  expect(json.checklist).toBe("msp");
  expect(json.mapping.recognisedBy).toBe("ids-and-title");
  // The saved scope belongs to the sheet that was contradicted: not used.
  expect(json.scopeSource).toBe("defaults");
  const contradiction = json.findings.filter(
    (f: { rule: string }) => f.rule === "workbook.selfassess-contradicted"
  );
  expect(contradiction).toEqual([
    expect.objectContaining({ sheet: "SelfAssess", cell, severity: "warning" }),
  ]);
  expect(contradiction[0].message).toMatch(/Amazon ECS|ECS/);
  expect(contradiction[0].message).toMatch(/MSP Partner Program Validation Checklist/);
  // Without the contradiction the same workbook is recognised by its SelfAssess sheet, with its scope.
  const honest = JSON.parse((await runCli(["check", "msp.xlsx", "--json"], dir)).stdout);
  expect(honest.mapping.recognisedBy).toBe("selfassess-sheet");
  expect(honest.scopeSource).toBe("workbook");
  expect(honest.scope.renewal).toBe(true);
  expect(
    honest.findings.some((f: { rule: string }) => f.rule === "workbook.selfassess-contradicted")
  ).toBe(false);
}, 60_000);

describe("contradictedBy", () => {
  const persisted = (checklist: Persisted["checklist"]): Persisted => ({
    checklist,
    checklistVersion: null,
    scope: { checklist },
    created: null,
    finalized: null,
  });
  const evidence = (checklist: Persisted["checklist"], found: number, score: number) => ({
    checklist,
    found,
    score,
    titleMatch: false,
  });

  test("trusts the sheet while its checklist's IDs are on the sheets", () => {
    expect(
      contradictedBy(persisted("msp"), [evidence("msp", 90, 0.9), evidence("ecs", 0, 0)])
    ).toBeNull();
  });

  test("trusts the sheet when no other checklist is recognised either (an empty workbook)", () => {
    expect(contradictedBy(persisted("ecs"), [evidence("msp", 1, 0.02)])).toBeNull();
  });

  test("names the checklist the content shows when the saved one has no IDs there", () => {
    expect(
      contradictedBy(persisted("ecs"), [evidence("msp", 90, 0.9), evidence("ecs", 0, 0)])
    ).toEqual(evidence("msp", 90, 0.9));
  });
});
