/**
 * OSCAL export: documents for all five programmes validate against the official v1.1.2 Assessment Results schema
 * (ajv, draft-07, formats), so does one for a workbook with no findings; UUIDs are stable; evidence links, dates and
 * the PDM approval land where a GRC tool looks for them.
 */
import Ajv, { type ValidateFunction } from "ajv";
import addFormats from "ajv-formats";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { ChecklistId } from "../../../src/checklists";
import type { AssessedWorkbook } from "../../../src/core/exchange/assessed";
import {
  controlToken,
  evidenceHref,
  oscalAssessmentResults,
  plainJson,
} from "../../../src/core/exchange/oscal";
import { assessBytes } from "../../../src/cli/exchange/loadAssessed";
import {
  blankWorkbook,
  bytesOf,
  cleanFiller,
  fill,
  mixedFiller,
  setMeta,
  type Filler,
} from "./fixtures";

const SCHEMA = join(
  __dirname,
  "../../../../shared/schemas/oscal_assessment-results_schema-v1.1.2.json"
);
const GENERATED = "2025-06-01T10:00:00Z";
let validate: ValidateFunction;

beforeAll(() => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  validate = ajv.compile(JSON.parse(readFileSync(SCHEMA, "utf8")) as object);
});

async function assessed(
  id: ChecklistId,
  filler: Filler,
  meta: Record<string, string> = {},
  scope = {}
): Promise<AssessedWorkbook> {
  const made = await blankWorkbook(id, scope);
  fill(made, filler);
  if (Object.keys(meta).length) setMeta(made, meta);
  const out = await assessBytes(await bytesOf(made), `${id}.xlsx`, { today: "2025-06-01" });
  if (!out.ok) throw new Error(out.message);
  return out.workbook;
}

type Doc = {
  "assessment-results": {
    uuid: string;
    metadata: { parties?: { uuid: string; name: string }[] };
    results: {
      "reviewed-controls": {
        "control-selections": { "include-controls"?: { "control-id": string }[] }[];
      };
      observations?: {
        uuid: string;
        props?: { name: string; value: string }[];
        "relevant-evidence"?: {
          href?: string;
          description: string;
          props?: { name: string; value: string }[];
        }[];
      }[];
      findings?: {
        target: { "target-id": string; status: { state: string } };
        props?: { name: string; value: string; class?: string }[];
        "related-observations": { "observation-uuid": string }[];
      }[];
      "assessment-log"?: {
        entries: {
          title: string;
          start: string;
          props?: { name: string; value: string }[];
          "logged-by"?: { "party-uuid": string }[];
        }[];
      };
      props: { name: string; value: string }[];
    }[];
  };
};

function oscal(w: AssessedWorkbook): Doc {
  return plainJson(oscalAssessmentResults(w, { generated: GENERATED })) as unknown as Doc;
}

function expectValid(doc: unknown): void {
  const ok = validate(doc);
  expect(validate.errors ?? []).toEqual([]);
  expect(ok).toBe(true);
}

const PROGRAMMES: [ChecklistId, object][] = [
  ["msp", {}],
  ["ato", {}],
  ["dcx", { dcxSegment: "digital-commerce" }],
  ["ftr", { deliveryCategory: "multi-tenant-saas" }],
  ["ecs", {}],
];

describe.each(PROGRAMMES)("%s", (id, scope) => {
  test("the OSCAL document validates against the v1.1.2 schema and covers every asked control", async () => {
    const w = await assessed(id, mixedFiller, {}, scope);
    const doc = oscal(w);
    expectValid(doc);
    const result = doc["assessment-results"].results[0];
    const asked = w.check.assessment.statuses.filter((s) => s.state === "applies");
    const reviewed = result["reviewed-controls"]["control-selections"][0]["include-controls"] ?? [];
    expect(reviewed.map((c) => c["control-id"])).toEqual(
      asked.map((s) => controlToken(id, s.part, s.control.id))
    );
    expect(result.findings).toHaveLength(asked.length);
    expect(result.observations).toHaveLength(asked.length);
    // Every engine finding on an asked control is carried on that control's OSCAL finding.
    const carried = (result.findings ?? []).flatMap((f) =>
      (f.props ?? []).filter((p) => p.name === "check-finding")
    );
    const askedIds = new Set(asked.map((s) => s.control.id));
    const onAsked = w.check.findings.filter((f) => askedIds.has(f.control));
    expect(carried.length).toBeGreaterThanOrEqual(onAsked.length > 0 ? 1 : 0);
    expect(result.findings?.some((f) => f.target.status.state === "not-satisfied")).toBe(true);
    expect(result.props).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: "checklist", value: id }),
        expect.objectContaining({ name: "checklist-version", value: w.check.checklist.version }),
      ])
    );
  });
});

test("a workbook with no findings exports every control satisfied and still validates", async () => {
  // ECS's release is valid on the assessment day (February–August 2025); the older seeds are flagged as lapsed.
  const w = await assessed(
    "ecs",
    cleanFiller,
    {},
    {
      spot: true,
      multipleClusters: true,
      regulatedWorkloads: true,
      ecsAnywhere: true,
      efs: true,
      ebs: true,
    }
  );
  expect(w.check.findings).toEqual([]);
  const doc = oscal(w);
  expectValid(doc);
  const result = doc["assessment-results"].results[0];
  expect(result.findings?.every((f) => f.target.status.state === "satisfied")).toBe(true);
  expect(result.findings?.flatMap((f) => f.props ?? [])).toEqual([]);
  expect(result["assessment-log"]).toBeUndefined();
});

test("evidence links are relevant-evidence with their dates, and findings point at their observation", async () => {
  const w = await assessed("msp", cleanFiller);
  const result = oscal(w)["assessment-results"].results[0];
  const observation = result.observations?.[0];
  expect(observation?.["relevant-evidence"]?.[0]).toEqual(
    expect.objectContaining({
      href: expect.stringMatching(/^https:\/\/docs\.acme-cloud\.com\/evidence\//),
      props: [expect.objectContaining({ name: "evidence-date", value: "2025-05-01" })],
    })
  );
  expect(observation?.props).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ name: "evidence-date", value: "2025-05-01" }),
    ])
  );
  const uuids = new Set(result.observations?.map((o) => o.uuid));
  for (const f of result.findings ?? [])
    expect(uuids.has(f["related-observations"][0]["observation-uuid"])).toBe(true);
});

test("links become hrefs OSCAL accepts (spaces percent-encoded); text that is no web address does not", () => {
  expect(evidenceHref("https://a.com/my file.pdf")).toBe("https://a.com/my%20file.pdf");
  expect(evidenceHref(" http://a.com/x ")).toBe("http://a.com/x");
  expect(evidenceHref("see the shared drive")).toBeNull();
  expect(evidenceHref("ftp://intranet/doc")).toBeNull();
});

test("the PDM approval is an assessment-log entry logged by the reviewer, and says when it is stale", async () => {
  const meta = {
    "review.state": "approved",
    "review.reviewer": "Ana Silva",
    "review.approvedOn": "2025-05-20",
    "review.answersHash": "fnv1a64:0000000000000000",
  };
  const w = await assessed("ecs", cleanFiller, meta);
  expect(w.approval).toBe("stale");
  const doc = oscal(w);
  expectValid(doc);
  const entry = doc["assessment-results"].results[0]["assessment-log"]?.entries[0];
  expect(entry?.title).toBe("Approved by Ana Silva");
  expect(entry?.start).toBe("2025-05-20T00:00:00Z");
  expect(entry?.props).toEqual(
    expect.arrayContaining([
      expect.objectContaining({ name: "review-state", value: "approved, answers changed since" }),
    ])
  );
  const party = doc["assessment-results"].metadata.parties?.[0];
  expect(party?.name).toBe("Ana Silva");
  expect(entry?.["logged-by"]?.[0]["party-uuid"]).toBe(party?.uuid);

  const current = await assessed("ecs", cleanFiller, {
    ...meta,
    "review.answersHash": w.answersHash(),
  });
  expect(current.approval).toBe("approved");
});

test("UUIDs are name-based: the same workbook gives the same document, another answer another one", async () => {
  const a = await assessed("ato", cleanFiller);
  const b = await assessed("ato", cleanFiller);
  expect(oscal(a)).toEqual(oscal(b));
  const c = await assessed("ato", (k, id, cs) =>
    id === "1.1" ? { met: "No" } : cleanFiller(k, id, cs)
  );
  expect(oscal(c)["assessment-results"].uuid).not.toBe(oscal(a)["assessment-results"].uuid);
  const random = oscalAssessmentResults(a, {
    generated: GENERATED,
    uuid: () => "00000000-0000-4000-8000-000000000000",
  });
  expect((random as unknown as Doc)["assessment-results"].uuid).toBe(
    "00000000-0000-4000-8000-000000000000"
  );
});
