/**
 * The pane's compare and carry-forward see the open workbook's true release: the live snapshot carries the
 * pipeline's version comparison (not a placeholder), so a workbook printing an older version than the catalog's is
 * that version in the diff and in the carry-forward plan, as the CLI says of the same file.
 */
import { evaluateWorkbook } from "../../../src/core/pipeline/evaluate";
import { diffWorkbooks } from "../../../src/core/exchange/diff";
import { assessedFromLive, planLiveCarry } from "../../../src/core/exchange/live";
import { readWorkbookVersion } from "../../../src/core/workbook/version";
import { gridOf, scopeOf, setupPort, TODAY } from "./portHelpers";

test("a workbook printing Version 3.0: the live assessed workbook has the pipeline's comparison, and diff and carry-forward name 3.0", async () => {
  const { host, port, store, catalog } = setupPort();
  await port.createAssessment("msp", scopeOf("msp", { plannedSubmissionDate: "2025-09-30" }));
  expect(readWorkbookVersion(gridOf(host)).version).toBeNull();
  // The official workbook's Introduction sheet, as a partner's older copy prints it.
  await host.run(async (context) => {
    context.workbook.worksheets.add("Introduction").getRange("A1:A2").values = [
      ["AWS Managed Service Provider (MSP) Partner Program Validation Checklist"],
      ["Version 3.0"],
    ];
    await context.sync();
  });
  const snapshot = await store.refresh({ rediscover: true });

  const expected = evaluateWorkbook(gridOf(host), catalog, { today: TODAY });
  if (!expected.ok) throw new Error(expected.reason);
  expect(expected.check.version).toMatchObject({ workbookVersion: "3.0", differs: true });

  const live = assessedFromLive(snapshot, "This workbook");
  if (!live) throw new Error("no live assessment");
  expect(live.check.version).toEqual(expected.check.version);

  const old = assessedFromLive(
    { ...snapshot, version: { ...expected.check.version, workbookVersion: "2.9" } },
    "Last year.xlsx"
  );
  if (!old) throw new Error("no old assessment");
  const diff = diffWorkbooks(old, live);
  expect(diff.a.version).toBe("2.9");
  expect(diff.b.version).toBe("3.0");
  const carry = planLiveCarry(old, live, snapshot);
  expect(carry.plan.from.version).toBe("2.9");
  expect(carry.plan.to.version).toBe("3.0");
});
