/**
 * An OSCAL v1.1.2 Assessment Results document for one checked workbook, for GRC tools:
 * - one result per assessment (this workbook), with the score, readiness and scope as properties;
 * - the checklist and its version as the reviewed controls (every control asked for the scope);
 * - per asked control an observation (the answer, the response, the evidence links as `relevant-evidence`, the
 *   evidence dates) and a finding (satisfied or not, with the check's findings on that control);
 * - the PDM approval, where present, and the last finalize as assessment-log entries.
 * OSCAL tokens cannot start with a digit, so control 1.1 of the MSP requirements is "msp-req-1.1". UUIDs are
 * name-based (uuid.ts) unless the caller injects another source.
 */
import { APPROVAL_WORDS } from "./review";
import {
  cellWords,
  controlViews,
  dateWords,
  type AssessedWorkbook,
  type ControlView,
} from "./assessed";
import { nameUuid, type UuidSource } from "./uuid";

export const OSCAL_VERSION = "1.1.2";
/** Namespace of the properties this product defines (OSCAL asks for one outside NIST's). */
export const PROP_NS = "urn:selfassess:oscal";

export interface OscalOptions {
  /** When the document is generated, an ISO date-time with a zone (the caller reads the clock). */
  generated: string;
  uuid?: UuidSource;
}

type Json = string | number | boolean | null | Json[] | { [key: string]: Json | undefined };
type Obj = { [key: string]: Json | undefined };

interface Prop extends Obj {
  name: string;
  value: string;
  ns: string;
  class?: string;
}

/** OSCAL's string type forbids leading/trailing and line-breaking whitespace. */
function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function prop(name: string, value: unknown, cls?: string): Prop[] {
  const text = oneLine(value === null || value === undefined ? "" : String(value));
  return text ? [{ name, value: text, ns: PROP_NS, ...(cls ? { class: cls } : {}) }] : [];
}

/** A token for a control: checklist, part and ID, with characters OSCAL tokens refuse replaced. */
export function controlToken(checklist: string, part: string, id: string): string {
  const safe = id.replace(/[^\p{L}\p{N}._-]/gu, "_");
  return `${checklist}-${part === "prerequisites" ? "prereq" : "req"}-${safe}`;
}

/** YYYY-MM-DD (or a full date-time) as an OSCAL date-time; null when it is neither. */
export function oscalDateTime(text: string | null | undefined): string | null {
  if (!text) return null;
  if (/^\d{4}-\d{2}-\d{2}$/.test(text)) return `${text}T00:00:00Z`;
  const d = new Date(text);
  return /^\d{4}-\d{2}-\d{2}T/.test(text) && !Number.isNaN(d.getTime())
    ? d.toISOString().replace(/\.000Z$/, "Z")
    : null;
}

/** An http(s) link as a URI reference OSCAL accepts (spaces and the like percent-encoded), else null. */
export function evidenceHref(link: string): string | null {
  try {
    const url = new URL(link.trim());
    return url.protocol === "https:" || url.protocol === "http:" ? url.href : null;
  } catch {
    return null;
  }
}

const MET_WORDS = { yes: "Yes", no: "No", na: "N/A", blank: "not answered" } as const;

function nonEmpty<T>(list: T[]): T[] | undefined {
  return list.length ? list : undefined;
}

function observationOf(
  w: AssessedWorkbook,
  view: ControlView,
  token: string,
  uuid: string,
  collected: string
): Obj {
  const evidence: Obj[] = [];
  const dates: string[] = [];
  const perCase = view.answers.length > 1;
  view.answers.forEach((answer, i) => {
    const where = perCase ? ` (customer reference ${i + 1})` : "";
    const isoDates = answer.dates.map((d) => dateWords(d, w.dates)).filter(Boolean);
    dates.push(...isoDates);
    answer.links.forEach((link, j) => {
      const href = evidenceHref(link);
      evidence.push({
        ...(href ? { href } : {}),
        description: `Evidence for ${view.id}${where}: ${link}`,
        props: nonEmpty([
          ...prop("evidence-date", isoDates.length === answer.links.length ? isoDates[j] : ""),
          ...(href ? [] : prop("link-text", link)),
        ]),
      });
    });
  });
  const responses = view.answers
    .map((a, i) =>
      a.response ? `${perCase ? `Customer reference ${i + 1}: ` : ""}${a.response}` : ""
    )
    .filter(Boolean);
  return {
    uuid,
    title: `${view.id} ${view.title}`,
    description: responses.length
      ? `Partner response:\n${responses.join("\n")}`
      : `No partner response for ${view.id}.`,
    props: nonEmpty([
      ...prop("control", token),
      ...prop("met", MET_WORDS[view.met]),
      ...view.answers.flatMap((a, i) =>
        perCase ? prop("met-customer-reference", `${i + 1}: ${MET_WORDS[a.met]}`) : []
      ),
      ...dates.flatMap((d) => prop("evidence-date", d)),
      ...prop("met-cell", cellWords(view.cells[0]?.met)),
    ]),
    methods: ["EXAMINE"],
    types: ["control-objective"],
    "relevant-evidence": nonEmpty(evidence),
    collected,
  };
}

function findingOf(view: ControlView, token: string, uuid: string, observation: string): Obj {
  const errors = view.findings.filter((f) => f.severity === "error");
  const met = view.met === "yes" || view.met === "na";
  const satisfied = met && errors.length === 0;
  const reason = satisfied
    ? view.met === "na"
      ? "other"
      : "pass"
    : view.met === "blank"
      ? "other"
      : "fail";
  const why =
    view.met === "blank"
      ? "Not answered."
      : view.met === "na"
        ? `Not applicable: ${view.answers.find((a) => a.naReason)?.naReason || "no reason given"}.`
        : view.met === "no"
          ? "Answered as not met."
          : errors.length
            ? `Answered as met, but the check found ${errors.length} error${errors.length === 1 ? "" : "s"}.`
            : "Answered as met.";
  const lines = view.findings.map(
    (f) =>
      `${f.severity}: ${f.message}${f.sheet && f.cell ? ` (${cellWords({ sheet: f.sheet, cell: f.cell })})` : ""}`
  );
  return {
    uuid,
    title: `${view.id} ${view.title}`,
    description: [why, ...lines].join("\n"),
    props: nonEmpty(
      view.findings.flatMap((f) =>
        prop(
          "check-finding",
          `${f.rule}${f.caseStudy ? ` #${f.caseStudy}` : ""}${f.sheet && f.cell ? ` ${cellWords({ sheet: f.sheet, cell: f.cell })}` : ""}: ${f.message}`,
          f.severity
        )
      )
    ),
    target: {
      type: "objective-id",
      "target-id": token,
      status: { state: satisfied ? "satisfied" : "not-satisfied", reason },
    },
    "related-observations": [{ "observation-uuid": observation }],
  };
}

export function oscalAssessmentResults(w: AssessedWorkbook, options: OscalOptions): Obj {
  const uuid = options.uuid ?? nameUuid;
  const { check } = w;
  const a = check.assessment;
  const list = check.checklist;
  const seed = `ar/${list.id}/${list.version}/${w.file}/${w.answersHash()}`;
  const generated = oscalDateTime(options.generated) ?? options.generated;
  const views = controlViews(check);
  const asked = views.filter((v) => v.state === "applies");
  const notAsked = views.filter((v) => v.state !== "applies");

  const observations: Obj[] = [];
  const findings: Obj[] = [];
  for (const view of asked) {
    const token = controlToken(list.id, view.part, view.id);
    const obs = uuid(`${seed}/observation/${view.key}`);
    observations.push(observationOf(w, view, token, obs, generated));
    findings.push(findingOf(view, token, uuid(`${seed}/finding/${view.key}`), obs));
  }

  const parties: Obj[] = [];
  const log: Obj[] = [];
  const approvedAt = oscalDateTime(w.review.approvedOn);
  if (w.review.state === "approved" && approvedAt) {
    const reviewer = w.review.reviewer ?? "the reviewer";
    const party = uuid(`party/person/${reviewer}`);
    parties.push({ uuid: party, type: "person", name: reviewer });
    const current = w.approval === "approved";
    log.push({
      uuid: uuid(`${seed}/log/approval`),
      title: `Approved by ${reviewer}`,
      description: current
        ? `${reviewer} approved the answers on ${w.review.approvedOn}; they have not changed since.`
        : `${reviewer} approved the answers on ${w.review.approvedOn}; they have changed since (${APPROVAL_WORDS.stale}).`,
      start: approvedAt,
      props: [
        ...prop("review-state", APPROVAL_WORDS[w.approval]),
        ...prop("approved-answers-hash", w.review.answersHash),
        ...prop("current-answers-hash", w.answersHash()),
      ],
      "logged-by": [{ "party-uuid": party, "role-id": "reviewer" }],
    });
  }
  const finalizedAt = oscalDateTime(w.persisted?.finalized);
  if (finalizedAt)
    log.push({
      uuid: uuid(`${seed}/log/finalize`),
      title: "Finalized",
      description: `The workbook was finalized on ${w.persisted?.finalized}: custom functions replaced by native formulas or values.`,
      start: finalizedAt,
    });

  const s = a.score;
  const workbookFindings = check.findings.filter((f) => !f.control);
  const start = oscalDateTime(w.persisted?.created) ?? oscalDateTime(a.asOf) ?? generated;
  const result: Obj = {
    uuid: uuid(`${seed}/result`),
    title: `${list.title} ${list.version}: ${w.file}`,
    description: `Self-assessment of ${list.program} against ${list.title} version ${list.version}, evidence dates measured to ${a.asOf}. ${a.overall.answered} of ${a.overall.applicable} asked controls answered (${a.overall.met} met, ${a.overall.notMet} not met, ${a.overall.na} N/A); ${a.ready ? "ready to submit" : "not ready to submit"}.`,
    start,
    props: [
      ...prop("checklist", list.id),
      ...prop("checklist-version", list.version),
      ...prop("evidence-as-of", a.asOf),
      ...prop("ready", a.ready ? "true" : "false"),
      ...(s
        ? [
            ...prop("score", s.total),
            ...prop("score-max", s.max),
            ...prop("pass-mark", s.passMark),
            ...prop("pass", s.pass ? "true" : "false"),
          ]
        : []),
      ...prop("answered", `${a.overall.answered}/${a.overall.applicable}`),
      ...prop("review-state", APPROVAL_WORDS[w.approval]),
      ...Object.entries(check.scope)
        .filter(
          ([k, v]) =>
            v !== null && list.scopeQuestions.includes(k as (typeof list.scopeQuestions)[number])
        )
        .flatMap(([k, v]) => prop(`scope-${k.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`, v)),
      ...workbookFindings.flatMap((f) =>
        prop("check-finding", `${f.rule}: ${f.message}`, f.severity)
      ),
    ],
    "reviewed-controls": {
      props: [...prop("checklist", list.title), ...prop("checklist-version", list.version)],
      "control-selections": [
        {
          props: prop("scope", "controls asked for the workbook's scope"),
          "include-controls": nonEmpty(
            asked.map((v) => ({ "control-id": controlToken(list.id, v.part, v.id) }))
          ),
          ...(asked.length ? {} : { "include-all": {} }),
          remarks: notAsked.length
            ? `${notAsked.length} control${notAsked.length === 1 ? " is" : "s are"} not asked for this scope: ${notAsked.map((v) => `${v.id} (${v.reason ?? "not asked"})`).join("; ")}.`
            : undefined,
        },
      ],
    },
    "assessment-log": log.length ? { entries: log } : undefined,
    observations: nonEmpty(observations),
    findings: nonEmpty(findings),
  };

  return {
    "assessment-results": {
      uuid: uuid(seed),
      metadata: {
        title: `${list.title} ${list.version} self-assessment results: ${w.file}`,
        "last-modified": generated,
        version: a.asOf,
        "oscal-version": OSCAL_VERSION,
        props: [...prop("generator", "selfassess"), ...prop("source-file", w.file)],
        roles: parties.length
          ? [{ id: "reviewer", title: "Reviewer (Partner Development Manager)" }]
          : undefined,
        parties: nonEmpty(parties),
      },
      "import-ap": {
        href: `urn:selfassess:checklist:${list.id}:${encodeURIComponent(list.version)}`,
        remarks: `There is no separate assessment plan: the plan is the ${list.title}, version ${list.version}, published ${list.published}.`,
      },
      results: [result],
    },
  };
}

/** Drops undefined members so the document is plain JSON (JSON.stringify does it too; tests compare objects). */
export function plainJson<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T;
}
