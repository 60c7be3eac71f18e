/**
 * Issue 11 end to end: every version fixture through the compiled CLI, `selfassess check --json`, as a partner or
 * PDM runs it. Recognised; every answered row counted (or, when not asked for the scope, named in a finding); each
 * bad answer a finding naming its sheet and cell; every finding placed; one version-difference summary and the
 * version and validity warnings; the prerequisites (no rows in these workbooks) asked, never blocking; producer
 * variants giving the same result as their original; a truly unreadable file refused with exit 2 naming the part.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { CATALOG } from "../../../src/checklists";
import type { ChecklistId } from "../../../src/checklists/schema";
import type { Finding } from "../../../src/core/model";

const ROOT = join(__dirname, "..", "..", "..");
const BIN = join(ROOT, "bin", "selfassess.js");
const DIR = join(ROOT, "test", "fixtures", "versions");
/** The planned submission the version checks are made for: after ECS February 2025's grace, within August 2025's. */
const AS_OF = "2026-01-15";

/* eslint-disable @typescript-eslint/no-require-imports -- the fixture specs are plain CommonJS data */
const S = require("../../fixtures/versions/specs.js") as Specs;
/* eslint-enable @typescript-eslint/no-require-imports */

type Answer = [string, string];
interface Expect {
  checklist: ChecklistId;
  version: string;
  validity: string | null;
  validityEnds?: string;
  points: boolean;
  ambiguous?: boolean;
  added?: string[];
  removed?: string[];
  /** Dropped controls too many to list. */
  removedCount?: number;
  errors: { sheet: string; control: string }[];
}
interface Fixture {
  name: string;
  kind?: string;
  from?: string;
  producer?: string;
  later?: boolean;
  expect?: Expect;
}
interface Specs {
  FIXTURES: Fixture[];
  MSP_CURRENT: { answers: Record<string, Answer> };
  MSP_V31_ANSWERS: Record<string, string>;
  ECS_ANSWERS: Record<string, Answer[]>;
  ECS_NEW_ANSWERS: Record<string, Answer[]>;
  FTR_ANSWERS: Record<string, Answer>;
  FTR_NEW_ANSWERS: Record<string, Answer>;
  ATO_ANSWERS: Record<string, Answer>;
  DCX_ANSWERS: Record<string, Answer>;
}

interface CheckJson {
  checklist: string;
  checklistVersion: string;
  /** The version summary: the workbook's release against the catalog's and the planned submission. */
  version: { workbookVersion: string | null; lapsed: boolean; differs: boolean };
  scope: { prerequisites?: Record<string, boolean> };
  mapping: { sheets: { sheet: string; ambiguous?: unknown[] }[] };
  score: {
    unanswered: string[];
    ready: boolean;
    overall: { applicable: number; answered: number };
  };
  findings: Finding[];
}

function selfassess(...args: string[]) {
  const result = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: "utf8",
    timeout: 120_000,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const cache = new Map<string, { code: number | null; json: CheckJson | null; stderr: string }>();
function check(name: string, ...flags: string[]) {
  const key = [name, ...flags].join(" ");
  let hit = cache.get(key);
  if (!hit) {
    const run = selfassess(
      "check",
      join(DIR, `${name}.xlsx`),
      "--as-of",
      AS_OF,
      "--json",
      ...flags
    );
    hit = {
      code: run.code,
      json: run.code === 2 ? null : (JSON.parse(run.stdout) as CheckJson),
      stderr: run.stderr,
    };
    cache.set(key, hit);
  }
  return hit;
}

beforeAll(() => {
  if (!existsSync(join(ROOT, "dist-cli", "cli", "main.js"))) {
    const build = spawnSync(process.execPath, [join(ROOT, "scripts", "build-cli.js")], {
      cwd: ROOT,
      encoding: "utf8",
    });
    if (build.status !== 0) throw new Error(`build:cli failed: ${build.stdout}${build.stderr}`);
  }
}, 300_000);
jest.setTimeout(120_000);

const MET = /^(yes|no|n\/a|na)$/i;

/** The answers the partner typed in a fixture, by control ID: the Met values, one per customer reference. */
function typed(f: Fixture): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const once = (answers: Record<string, Answer>) => {
    for (const [id, [met]] of Object.entries(answers)) if (met) out.set(id, [met]);
  };
  switch (f.kind) {
    case "msp-current":
      once(S.MSP_CURRENT.answers);
      break;
    case "msp-v31":
      for (const [id, met] of Object.entries(S.MSP_V31_ANSWERS)) out.set(id, [met]);
      break;
    case "ecs":
      for (const [id, refs] of Object.entries({
        ...S.ECS_ANSWERS,
        ...(f.later ? S.ECS_NEW_ANSWERS : {}),
      }))
        out.set(id, refs.map(([met]) => met).filter(Boolean));
      break;
    case "ftr":
      once({ ...S.FTR_ANSWERS, ...(f.later ? S.FTR_NEW_ANSWERS : {}) });
      break;
    case "ato":
      once({ ...S.ATO_ANSWERS, ...(f.later ? { "1.23": ["Yes", ""] as Answer } : {}) });
      break;
    case "dcx":
      once({ ...S.DCX_ANSWERS, ...(f.later ? { "CM-8": ["Yes", ""] as Answer } : {}) });
      break;
  }
  return out;
}

const originals = S.FIXTURES.filter((f) => !f.from && f.expect);
const answerable = originals.filter((f) => !f.expect!.ambiguous);
const variants = S.FIXTURES.filter((f) => f.from && f.producer !== "broken");

describe.each(originals.map((f) => [f.name, f] as const))("%s", (name, f) => {
  const e = f.expect!;

  test("is recognised as its programme", () => {
    const { code, json, stderr } = check(name);
    expect({ code: code === 2 ? 2 : "checked", stderr: code === 2 ? stderr : "" }).toEqual({
      code: "checked",
      stderr: "",
    });
    expect(json!.checklist).toBe(e.checklist);
  });

  test("every finding names a sheet of the workbook and a cell", () => {
    const { json } = check(name);
    const sheets = new Set(json!.mapping.sheets.map((s) => s.sheet));
    for (const finding of json!.findings) {
      expect({ rule: finding.rule, sheet: finding.sheet, cell: finding.cell }).toEqual({
        rule: finding.rule,
        sheet: expect.stringMatching(/\S/),
        cell: expect.stringMatching(/^[A-Z]{1,3}\d+$/),
      });
      // Findings sit on the checklist sheets or on the Introduction, where the version is printed.
      if (!sheets.has(finding.sheet!)) expect(finding.sheet).toBe("Introduction");
    }
  });

  test("each answer outside the Met list is a finding naming its sheet and cell", () => {
    const { json } = check(name);
    for (const err of e.errors) {
      const found = json!.findings.find(
        (x) => x.control === err.control && x.rule === "workbook.met-unreadable"
      );
      expect(found).toMatchObject({ sheet: err.sheet, cell: expect.stringMatching(/^[A-Z]+\d+$/) });
    }
  });

  if (!e.ambiguous) {
    test("every answered row is counted, or named in a finding when the scope does not ask it", () => {
      const { json } = check(name);
      const answers = typed(f);
      const valid = [...answers]
        .filter(([, mets]) => mets.some((m) => MET.test(m)))
        .map(([id]) => id);
      const notAsked = new Set(
        json!.findings.filter((x) => x.rule === "answer.not-asked").map((x) => x.control)
      );
      const unanswered = new Set(json!.score.unanswered);
      expect(valid.filter((id) => unanswered.has(id))).toEqual([]);
      expect(json!.score.overall.answered + valid.filter((id) => notAsked.has(id)).length).toBe(
        valid.length
      );
    });
  } else {
    test("the Met column is ambiguous: the mapping carries the question the Start view asks", () => {
      const { json } = check(name);
      expect(json!.mapping.sheets.some((s) => (s.ambiguous ?? []).length > 0)).toBe(true);
    });
  }

  test("one version-difference summary names the controls added and dropped", () => {
    const { json } = check(name);
    const summaries = json!.findings.filter((x) => x.rule === "workbook.version-difference");
    if (!e.added?.length && !e.removed?.length && !e.removedCount) {
      expect(summaries).toEqual([]);
      return;
    }
    expect(summaries).toHaveLength(1);
    const added = e.added ?? [];
    const removed = e.removedCount ?? (e.removed ?? []).length;
    // Catalog prerequisites are not rows of any official workbook: they are never "dropped".
    expect(summaries[0].message).toContain(`+${added.length} controls, -${removed} against`);
    // The summary names the first ones of each (long lists end in "and N more"); a workbook of another format,
    // none of whose controls the catalog has, is summarised by its counts alone.
    if (!e.removedCount)
      for (const id of [...added.slice(0, 3), ...(e.removed ?? []).slice(0, 3)])
        expect(summaries[0].message).toContain(id);
    expect(json!.findings.filter((x) => x.rule === "workbook.control-missing")).toEqual([]);
  });

  test("a version other than the catalog's, and a lapsed one, are said", () => {
    const { json } = check(name);
    const rules = json!.findings.map((x) => x.rule);
    const catalogVersion = CATALOG[e.checklist].version;
    const same = e.version.replace(/^version\s+/i, "") === catalogVersion;
    if (!same) expect(rules).toContain("version.differs");
    const lapsedByValidity = !!e.validityEnds && e.validityEnds < AS_OF.slice(0, 7);
    // The catalog's own releases are all older than a year with no validity printed, or past their validity.
    if (lapsedByValidity || same) expect(rules).toContain("version.lapsed");
    if (e.validityEnds && !lapsedByValidity) expect(rules).not.toContain("version.lapsed");
    expect(json!.version).toMatchObject({
      workbookVersion: e.version.replace(/^version\s+/i, ""),
      differs: !same,
      lapsed: lapsedByValidity || same,
    });
  });

  test("the prerequisites, which the workbook has no rows for, are asked and never block", () => {
    const { json } = check(name);
    const prerequisites = json!.findings.filter(
      (x) => x.rule.startsWith("prerequisite.") || x.rule === "workbook.control-missing"
    );
    expect(prerequisites.map((x) => [x.rule, x.severity])).toEqual([
      ["prerequisite.unanswered", "info"],
    ]);
    const answered = check(name, "--prerequisites-met").json!;
    expect(answered.findings.filter((x) => x.rule.startsWith("prerequisite."))).toEqual([]);
    expect(Object.values(answered.scope.prerequisites ?? {}).every(Boolean)).toBe(true);
    expect(answered.score.overall).toEqual(json!.score.overall);
  });
});

test("a prerequisite answered not met is one warning naming it, and does not change readiness", () => {
  const plain = check("ecs-2025-08").json!;
  const notMet = check("ecs-2025-08", "--prerequisites-met", "--prerequisite", "1.2=no").json!;
  const warning = notMet.findings.filter((x) => x.rule === "prerequisite.not-met");
  expect(warning).toHaveLength(1);
  expect(warning[0].message).toContain("1.2 Services Path Membership");
  expect(notMet.score.ready).toBe(plain.score.ready);
});

test("the answered fixtures cover every programme", () => {
  expect(new Set(answerable.map((f) => f.expect!.checklist))).toEqual(
    new Set(["msp", "ecs", "ftr", "ato", "dcx"])
  );
});

describe.each(variants.map((v) => [v.name, v.from!] as const))("%s", (name, from) => {
  test("checks exactly like the Excel-written original", () => {
    const original = check(from);
    const variant = check(name);
    expect(variant.code).toBe(original.code);
    const view = (j: CheckJson) => ({
      checklist: j.checklist,
      version: j.checklistVersion,
      score: j.score.overall,
      unanswered: j.score.unanswered,
      findings: j.findings.map((x) => [x.rule, x.control, x.sheet, x.cell]),
    });
    expect(view(variant.json!)).toEqual(view(original.json!));
  });
});

test("a file missing a part it cannot be read without: exit 2, one line naming the file and the part", () => {
  const run = selfassess("check", join(DIR, "unreadable-missing-part.xlsx"));
  expect(run.code).toBe(2);
  expect(run.stdout).toBe("");
  expect(run.stderr.trim().split("\n")).toHaveLength(1);
  expect(run.stderr).toContain("unreadable-missing-part.xlsx");
  expect(run.stderr).toContain("xl/worksheets/sheet2.xml");
  expect(run.stderr).not.toMatch(/\n\s+at /);
});
