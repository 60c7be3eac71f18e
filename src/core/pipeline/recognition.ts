/**
 * Step 1: which checklist the workbook holds and where its answers are. The output is the checklist to assess (the
 * later steps never look one up by ID): today the catalog's entry for the recognised ID; a checklist derived from
 * the workbook itself and enriched from the catalog plugs in here. A mapping the user corrected (saved in the
 * SelfAssess sheet) wins over the recognised one while it is for the same checklist.
 */
import type { Checklist, ChecklistId } from "../../checklists/schema";
import type { Finding } from "../model";
import type { Grid } from "../workbook/grid";
import type { Mapping } from "../workbook/mapping";
import { readPersisted } from "../workbook/persist";
import { recognise, type Candidate, type RecogniseResult } from "../workbook/recognise";
import { effectiveMapping } from "../workbook/savedMapping";
import type { WorkbookVersion } from "../workbook/version";
import { structureKey } from "./fingerprint";

/**
 * The last recognition and the structure it was made from. A live reader passes it back in: answers change far
 * more often than structure, and an unchanged structure is not recognised again.
 */
export interface RecognitionMemo {
  key: string;
  result: RecogniseResult;
}

export type Recognition =
  | {
      ok: true;
      /** The checklist to assess. */
      checklist: Checklist;
      /** Where each control's answers are (the saved mapping when there is one for this checklist). */
      mapping: Mapping;
      /** Findings about the workbook's shape: unknown IDs, missing controls, headerless sheets. */
      findings: Finding[];
      /** The title, version and validity the workbook prints. */
      version: WorkbookVersion;
      candidates: Candidate[];
      memo: RecognitionMemo;
    }
  | { ok: false; reason: string; candidates: Candidate[]; memo: RecognitionMemo };

export interface RecognitionOptions {
  /**
   * The checklist an earlier read recognised. A live reader that reads only the mapped sheets passes it, since the
   * title rows it recognised by may not be among them; a checklist the SelfAssess sheet names still wins.
   */
  knownChecklist?: ChecklistId | null;
  memo?: RecognitionMemo | null;
}

function memoKey(grid: Grid, forced: ChecklistId | null, mapping: Mapping | null): string {
  return `${forced ?? ""}|${structureKey(grid, mapping)}`;
}

export function recognition(
  grid: Grid,
  catalog: readonly Checklist[],
  options: RecognitionOptions = {}
): Recognition {
  const forced = options.knownChecklist && !readPersisted(grid) ? options.knownChecklist : null;
  const previous = options.memo ?? null;
  const previousMapping = previous?.result.ok ? previous.result.mapping : null;
  const recognised =
    previous && previous.key === memoKey(grid, forced, previousMapping)
      ? previous.result
      : recognise(grid, catalog, forced ? { checklist: forced } : {});
  const memo: RecognitionMemo = {
    key: memoKey(grid, forced, recognised.ok ? recognised.mapping : null),
    result: recognised,
  };
  if (!recognised.ok)
    return { ok: false, reason: recognised.reason, candidates: recognised.candidates, memo };
  const mapping = effectiveMapping(grid, recognised.mapping);
  // The workbook's own controls enriched by the catalog (recognise), or the catalog's entry for another ID.
  const checklist =
    recognised.checklist.id === mapping.checklist
      ? recognised.checklist
      : catalog.find((c) => c.id === mapping.checklist);
  if (!checklist)
    return {
      ok: false,
      reason: `checklist ${mapping.checklist} is not in the catalog`,
      candidates: recognised.candidates,
      memo,
    };
  return {
    ok: true,
    checklist,
    mapping,
    findings: recognised.findings,
    version: recognised.version,
    candidates: recognised.candidates,
    memo,
  };
}
